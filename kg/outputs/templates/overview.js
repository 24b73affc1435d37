"use strict";
// The overview of a large graph (kg.outputs.overview): one node per cluster, a disc sized by its
// members and placed where its members, laid out inside it, cover no other cluster. A click opens a
// cluster in place; a click on the empty ground of an open one closes it. Selecting a concept (a
// click, a search, the centres of a page drawn --around) draws it alone with its neighbours on rings
// around it (templates/focus.js); Escape, "Overview" or a click on empty ground goes back.
// vis holds only what is drawn: a few hundred nodes, never the 20,000 of the whole graph.
function kgOverviewOf(page) {
  const {data, byId, links, nodes, edges, network, nodeShown, edgeShown} = page;
  const clusters = data.overview.clusters, clusterOf = new Map();
  clusters.forEach((c, i) => { for (const m of c.members) clusterOf.set(data.nodes[m].id, i); });
  const open = new Set();
  let centres = [], focusScale = 1, last = null;  // the focused concepts (none: the overview), the last one
  let concepts = [], count = [], labelled = [], widthScale = 1;
  const given = {nodes: new Map(), edges: new Map()};  // what vis was given, by id, as JSON
  const kind = data.overview.kind === "topic" ? ["topic", "topics"] : ["class", "classes"];

  const side = document.getElementById("kg-side"), graph = document.getElementById("kg-graph");
  const note = side.insertBefore(document.createElement("p"), document.getElementById("kg-stats"));
  note.id = "kg-overview";
  note.textContent = `${data.nodes.length.toLocaleString("en")} concepts in ${clusters.length} ${kind[1]}. `
    + `Click a ${kind[0]} to open it, a concept to see it with its neighbours.`;
  const back = graph.appendChild(document.createElement("button"));
  Object.assign(back, {id: "kg-back", type: "button", textContent: "← Overview", hidden: true});
  Object.assign(back.style, {position: "absolute", top: "10px", left: "10px", zIndex: 10, padding: "4px 10px",
                             font: "inherit", border: "1px solid #bbb", borderRadius: "4px", background: "#fff", cursor: "pointer"});
  back.addEventListener("click", () => page.select(null));
  document.addEventListener("keydown", event => { if (event.key === "Escape" && centres.length) page.select(null); });

  const tint = (hex, alpha) => `rgba(${[1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16)).join(",")},${alpha})`;
  function clusterNode(c, i, inside) {
    const shut = !open.has(i), colour = c.color || "#5A7DA8";
    const fill = {background: tint(colour, shut ? 0.3 : 0.05), border: colour};
    const node = {id: i, key: c.key, label: c.label, font: {size: 0}, shape: "dot", size: c.r, x: c.x, y: c.y, fixed: true,
                  borderWidth: shut ? 1.5 : 2, color: {...fill, highlight: fill, hover: fill},
                  shapeProperties: {borderDashes: shut ? false : [10, 6]}};
    if (shut) node.title = `${c.label}\n${count[i]} concepts, ${inside} statements between them\nClick to open.`;
    return node;  // an open cluster has no tooltip: it would cover its members' at every step
  }
  function sync(set, known, wanted) {  // vis gets what changed: a removal and an addition each
    const now = new Map(wanted.map(o => [o.id, JSON.stringify(o)]));
    const stale = set.getIds().filter(id => known.get(id) !== now.get(id));
    set.remove(stale);
    for (const id of stale) known.delete(id);
    const fresh = wanted.filter(o => !known.has(o.id));
    set.add(fresh);
    for (const o of fresh) known.set(o.id, now.get(o.id));
  }

  // The overview: each cluster with what the filters leave of it, the three strongest links of
  // each (the statements between their members), and the concepts of the open ones.
  function overviewParts() {
    count = clusters.map(c => c.members.reduce((n, m) => n + (nodeShown(data.nodes[m]) ? 1 : 0), 0));
    const inside = clusters.map(() => 0), between = new Map(), members = [];
    for (const e of data.edges) {
      if (!edgeShown(e)) continue;
      const a = clusterOf.get(e.from), b = clusterOf.get(e.to);
      if (open.has(a) && open.has(b)) members.push(page.visEdge(e));
      if (a === b) { inside[a] += 1; continue; }
      const key = Math.min(a, b) * clusters.length + Math.max(a, b);
      between.set(key, (between.get(key) || 0) + 1);
    }
    const strongest = new Set(), by = clusters.map(() => []);
    for (const [key, weight] of between) {
      by[Math.floor(key / clusters.length)].push([weight, key]);
      by[key % clusters.length].push([weight, key]);
    }
    for (const list of by) list.sort((x, y) => y[0] - x[0] || x[1] - y[1]).slice(0, 3).forEach(([, key]) => strongest.add(key));
    const heaviest = Math.max(1, ...between.values());
    widthScale = network.getScale();  // vis draws widths in the graph's units: these are pixels on screen
    const links = [...strongest].sort((x, y) => x - y).map(key => {
      const a = Math.floor(key / clusters.length), b = key % clusters.length, weight = between.get(key);
      return {id: `k${a}-${b}`, from: a, to: b, width: (1 + 4 * Math.sqrt(weight / heaviest)) / widthScale,
              color: {color: "#8AA0BC", highlight: "#5A7DA8", hover: "#5A7DA8", opacity: open.has(a) || open.has(b) ? 0.35 : 0.7},
              arrows: {to: {enabled: false}}, title: `${weight} statements between ${clusters[a].label} and ${clusters[b].label}`};
    }).filter(l => count[l.from] && count[l.to] && !(open.has(l.from) && open.has(l.to)));
    concepts = [...open].flatMap(i => clusters[i].members.map(m => data.nodes[m])).filter(nodeShown);
    const shown = clusters.map((c, i) => [c, i]).filter(([, i]) => count[i] > 0);
    return {nodes: [...shown.map(([c, i]) => clusterNode(c, i, inside[i])), ...concepts.map(page.visNode)],
            edges: [...links, ...members]};
  }

  function focusParts() {  // the focused concepts and their neighbours, alone (templates/focus.js)
    const inner = new Set(centres), laid = kgFocusLayout(page, centres, l => edgeShown(l.edge), 1), order = laid.levels[1];
    focusScale = laid.scale;
    concepts = [...inner, ...order].map(id => byId.get(id));
    const drawn = new Set(laid.placed.keys());
    const lines = data.edges.filter(e => drawn.has(e.from) && drawn.has(e.to) && edgeShown(e));
    labelled = lines.filter(e => inner.has(e.from) || inner.has(e.to));
    return {nodes: concepts.map(n => ({...page.visNode(n), ...laid.placed.get(n.id)})),
            edges: lines.map(e => inner.has(e.from) || inner.has(e.to) ? page.visEdge(e)
              : {...page.visEdge(e), color: {color: relationColour(e), opacity: 0.25}})};  // between neighbours: faint
  }
  const relationColour = e => data.relations.find(r => r.name === e.relation).color;

  let live = false;  // nothing is drawn before the page is ready: the filters and the address set the state first
  function draw() {
    if (!live) return;
    labelled = [];
    const parts = centres.length ? focusParts() : overviewParts();
    sync(nodes, given.nodes, parts.nodes);
    sync(edges, given.edges, parts.edges);
    back.hidden = !centres.length;
    if (centres.length) network.selectNodes(centres.filter(id => nodes.get(id)));
  }
  function frame() {  // the camera: on the focused concepts, else on the cluster of the last one
    if (centres.length) network.moveTo({position: {x: 0, y: 0}, scale: focusScale, animation: false});
    else if (last !== null) openedAt(clusterOf.get(last), false);
  }
  function openedAt(i, animate = true) {
    const c = clusters[i], scale = Math.min(graph.clientWidth, graph.clientHeight) / (2.1 * c.r);
    network.moveTo({position: {x: c.x, y: c.y}, scale, animation: animate && {duration: 300, easingFunction: "easeInOutQuad"}});
  }

  return {
    concepts: () => concepts,
    labelledEdges: () => labelled,
    labels() {  // the clusters' names: in the middle of a closed one, inside the rim of an open one
      const below = page.fontPx("cluster", network.getScale()) / network.getScale();
      return centres.length ? [] : clusters.map((c, i) => ({id: i, text: `${c.label} (${count[i]})`, x: c.x, count: count[i],
                                                            ...open.has(i) ? {y: c.y - c.r + below, reach: 0} : {y: c.y, reach: c.r}}))
        .filter(c => c.count > 0).sort((a, b) => b.count - a.count || a.id - b.id);
    },
    draw,
    start() {  // vis fitted the view to what it was given first: nothing
      live = true;
      draw();
      network.fit({animation: false});
      network.moveTo({scale: network.getScale() * 0.9, animation: false});
    },
    frame,
    zoomed() {  // the links between clusters keep their width on screen
      const ratio = network.getScale() / widthScale;
      if (!centres.length && (ratio > 1.3 || ratio < 0.77)) draw();
    },
    focus(ids) {  // none: back to the overview
      if (!ids.length && !centres.length) return;
      if (ids.length) { last = ids[0]; for (const id of ids) open.add(clusterOf.get(id)); }
      centres = ids;
      draw();
      frame();
      page.placeLabels();
    },
    click(id, point) {  // true when the click opened or closed a cluster
      if (centres.length || typeof id !== "number") return false;
      network.unselectAll();
      const c = clusters[id];
      if (!open.has(id)) {
        open.add(id);
        draw();
        openedAt(id);
      } else if (Math.hypot(point.x - c.x, point.y - c.y) <= c.r) {
        open.delete(id);
        draw();
      }
      page.select(null);  // saves the view, with the clusters open
      page.placeLabels();
      return true;
    },
    opened: () => [...open].sort((a, b) => a - b).map(i => clusters[i].key),
    open(keys) {
      const wanted = new Set(keys);
      clusters.forEach((c, i) => { if (wanted.has(c.key)) open.add(i); });
      draw();
    },
  };
}
