"use strict";
(() => {
  // Note text reaches the DOM only through textContent, the canvas through fillText and vis tooltips
  // through innerText: never as HTML.
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  data.edges = data.edges.map((e, id) => ({...e, id, from: data.nodes[e.from].id, to: data.nodes[e.to].id}));  // sent as places
  const byId = new Map(data.nodes.map(n => [n.id, n])), names = {}, relation = {};
  for (const c of data.classes.concat(data.relations)) names[c.name] = c.label;
  for (const r of data.relations) relation[r.name] = r;
  // Each concept's relations, both ways, made when first asked for: an overview opens without them.
  let linked = null;
  const links = {get(id) {
    if (linked === null) {
      linked = new Map(data.nodes.map(n => [n.id, []]));
      for (const e of data.edges) {
        linked.get(e.from).push({edge: e, other: e.to, out: true});
        linked.get(e.to).push({edge: e, other: e.from, out: false});
      }
    }
    return linked.get(id);
  }};
  const paragraphs = parts => parts.filter(Boolean).join("\n\n");
  // vis keeps copies of its own. The page draws the labels (placeLabels): vis's are there for
  // whatever reads kgNodes, at size 0, which vis skips without measuring them. A large graph
  // (data.overview) starts with its clusters drawn instead, and draws its concepts as they open.
  const visNode = n => ({
    id: n.id, label: n.label, font: {size: 0}, group: n.group, x: n.x, y: n.y,
    title: paragraphs([`${n.label} (${names[n.cls]})`, n.definition, n.sources.join("\n")]),
  });
  let dashing = data.small;  // see dash()
  const visEdge = e => {
    const r = relation[e.relation];
    return {id: e.id, from: e.from, to: e.to, relation: e.relation, tier: e.tier,
            color: r.color, dashes: dashing && r.dashes.length ? r.dashes : false,
            title: paragraphs([`${byId.get(e.from).label} ${r.label} ${byId.get(e.to).label} (${e.tier})`,
                               e.sources.join("\n")])};
  };
  const nodes = new vis.DataSet(data.overview ? [] : data.nodes.map(visNode));
  const edges = new vis.DataSet(data.overview ? [] : data.edges.map(visEdge));
  const network = new vis.Network(document.getElementById("kg-graph"), {nodes, edges}, data.options);
  const labels = {placed: 0, drawn: 0, scale: null, boxes: []};
  Object.assign(window, {kgNetwork: network, kgNodes: nodes, kgEdges: edges, kgFocus: focus, kgLabels: labels});

  function el(tag, parent, text, cls) {
    const e = parent.appendChild(document.createElement(tag));
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function link(id, parent) {
    const b = el("button", parent, byId.get(id).label, "kg-link");
    b.type = "button";
    b.addEventListener("click", () => focus(id));
  }

  // What the filters show: a concept whose class is ticked; a relation whose relation and tier
  // (stated, structural, weak) are ticked, between two shown concepts.
  const shown = {cls: {}, relation: {}, tier: {}};
  for (const t of data.tiers) shown.tier[t.name] = t.shown;
  const nodeShown = n => shown.cls[n.cls] !== false;
  const edgeShown = e => shown.relation[e.relation] !== false && shown.tier[e.tier] !== false
    && nodeShown(byId.get(e.from)) && nodeShown(byId.get(e.to));

  // Labels are drawn by the page on vis's canvas after each frame (vis draws none): restyling one
  // node through vis costs a pass over the whole graph, ~0.4 s at 5,000 concepts. Each label keeps
  // one size on screen, LABEL_PX (between its smallest and largest), so zooming in makes room for
  // more; it is drawn only where it covers no other label and no concept, below its concept or else
  // above: the selected concept and its neighbours first, then the most connected, then relations.
  const LABEL_PX = {node: [11, 15], edge: [9, 11], cluster: [13, 16]}, NODE_SIZE = data.options.nodes.size, FACE = "sans-serif";
  const COLOUR = {node: "#222222", dimmed: "#c8c8c8", edge: "#555555", cluster: "#1a1a1a"};
  let ranking = null;  // the concepts, most connected first: who gets a label first; made when first needed
  function ranked() {
    if (ranking === null) {
      const degree = new Map(data.nodes.map(n => [n.id, new Set(links.get(n.id).map(l => l.other)).size]));
      const order = data.nodes.map(n => n.id).sort((a, b) =>
        degree.get(b) - degree.get(a) || byId.get(a).label.length - byId.get(b).label.length || (a < b ? -1 : 1));
      ranking = {order, rank: new Map(order.map((id, i) => [id, i]))};
    }
    return ranking;
  }
  const measure = document.createElement("canvas").getContext("2d"), widths = new Map();
  measure.font = `100px ${FACE}`;
  function textWidth(text, size) {  // the sum of its characters' widths (measured once each, at 100 px)
    let width = 0;
    for (const char of text) {
      if (!widths.has(char)) widths.set(char, measure.measureText(char).width);
      width += widths.get(char);
    }
    return width * size / 100;
  }
  const fontPx = (kind, scale) => Math.min(LABEL_PX[kind][1], Math.max(LABEL_PX[kind][0], LABEL_PX[kind][1] * scale));
  const relationText = e => relation[e.relation].label;
  let selected = null, lit = null, placement = null;
  const dimmed = id => data.small && lit !== null && !lit.has(id);
  // A page drawn --around its centres (an overview has a way of its own): they in the middle, their
  // neighbours around them, further concepts beyond (templates/focus.js).
  const focused = data.overview || !data.centres.length ? null
    : kgFocusLayout({byId, links, names, textWidth, fontPx, LABEL_PX, NODE_SIZE}, data.centres, () => true, Infinity);
  const resting = focused && new Set(focused.levels.slice(0, 2).flat());  // lit with nothing selected
  if (focused) nodes.update([...focused.placed].map(([id, p]) => ({id, ...p})));
  const middle = e => {  // where vis draws an edge's middle, curved or straight
    const drawn = network.body.edges[e.id], a = network.getPosition(e.from), b = network.getPosition(e.to);
    return drawn && drawn.edgeType && drawn.edgeType.getPoint ? drawn.edgeType.getPoint(0.5) : {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};
  };

  function placeLabels(redraw = true) {  // a redraw costs 0.6 s at 5,000 concepts: ready() has its own
    const scale = network.getScale(), frame = document.getElementById("kg-graph");
    if (!data.nodes.length || !frame.clientWidth) return;
    if (overview) overview.zoomed();
    const font = {node: fontPx("node", scale) / scale, edge: fontPx("edge", scale) / scale,
                  cluster: fontPx("cluster", scale) / scale};  // in canvas units
    const pad = font.node * 0.15;  // room between two labels
    const margin = 40 / scale, corner = network.DOMtoCanvas({x: 0, y: 0});
    const far = network.DOMtoCanvas({x: frame.clientWidth, y: frame.clientHeight});
    const inView = p => p.x > corner.x - margin && p.x < far.x + margin && p.y > corner.y - margin && p.y < far.y + margin;
    // a grid of cells about a label high, each listing the boxes (left, top, right, bottom, owner,
    // is-a-label) that touch it: a label is checked against its neighbours only
    const cell = 2 * font.node, grid = new Map(), positions = network.getPositions();
    const cells = (box, visit) => {
      for (let cx = Math.floor(box[0] / cell); cx <= Math.floor(box[2] / cell); cx++)
        for (let cy = Math.floor(box[1] / cell); cy <= Math.floor(box[3] / cell); cy++)
          if (visit(cx * 1000003 + cy) === true) return true;  // a key shared by two cells only costs a check
      return false;
    };
    const clash = (box, except, labelsOnly) => cells(box, key => {
      for (const b of grid.get(key) || [])
        if (b[4] !== except && (b[5] || !labelsOnly) && b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3]) return true;
      return false;
    });
    const take = (box, owner, label = true) => {
      const entry = [...box, owner, label];
      cells(box, key => { (grid.get(key) || grid.set(key, []).get(key)).push(entry); });
    };
    const drawn = overview ? overview.concepts() : data.nodes;
    const visible = new Set(drawn.filter(n => nodeShown(n) && inView(positions[n.id])).map(n => n.id));
    const reach = NODE_SIZE + pad;
    for (const id of visible) {  // concepts are in the way of labels too
      const p = positions[id];
      take([p.x - reach, p.y - reach, p.x + reach, p.y + reach], id, false);
    }
    const placed = {node: new Map(), edge: new Set(), cluster: []};  // concept -> its text's top, from its centre
    for (const c of overview ? overview.labels() : []) {  // the clusters' names first, the largest first
      const half = textWidth(c.text, font.cluster) / 2 + pad, high = font.cluster * 1.2;
      const box = top => [c.x - half, top - pad, c.x + half, top + high + pad];
      const top = [c.y - high / 2, c.y + c.reach + pad, c.y - c.reach - high - pad]  // in the middle, below, above
        .slice(0, c.reach ? 3 : 1).find(t => inView({x: c.x, y: t}) && !clash(box(t), null, true));
      if (top !== undefined) { take(box(top), `cluster ${c.id}`); placed.cluster.push({...c, top}); }
    }
    // the selected concept or the page's centres always get a label, over another concept if need be
    const sure = selected === null ? data.centres : [selected];
    const {order, rank} = visible.size ? ranked() : {order: [], rank: new Map()};  // none drawn: no ranking yet
    const first = [...sure, ...sure.flatMap(id => links.get(id).map(l => l.other)).sort((a, b) => rank.get(a) - rank.get(b))];
    const high = font.node * 1.2, below = NODE_SIZE + 4, above = -(NODE_SIZE + 4) - high;  // text top from the centre
    for (const id of new Set([...first, ...(overview ? [...visible].sort((a, b) => rank.get(a) - rank.get(b)) : order)])) {
      if (!visible.has(id)) continue;
      const p = positions[id], half = textWidth(byId.get(id).label, font.node) / 2 + pad;
      const box = top => [p.x - half, p.y + top - pad, p.x + half, p.y + top + high + pad];
      const top = [below, above].find(t => !clash(box(t), id, false)) ?? (sure.includes(id) && !clash(box(below), id, true) ? below : null);
      if (top !== null) { take(box(top), id); placed.node.set(id, top); }
    }
    for (const e of overview ? overview.labelledEdges() : data.small ? data.edges : []) {  // a large graph draws none: too many
      if (!edgeShown(e) || !visible.has(e.from) && !visible.has(e.to)) continue;
      if (!edgeLit(selected, e)) continue;  // dimmed
      const mid = middle(e), half = textWidth(relationText(e), font.edge) / 2 + pad, halfHigh = font.edge * 0.6 + pad;
      const box = [mid.x - half, mid.y - halfHigh, mid.x + half, mid.y + halfHigh];
      if (!clash(box, e.id, false)) { take(box, e.id); placed.edge.add(e.id); }
    }
    dash(scale);
    placement = {scale, font, ...placed};
    labels.placed += 1;
    labels.scale = scale;
    if (redraw) network.redraw();
  }

  network.on("afterDrawing", ctx => {  // the labels placed, where their concepts are now
    if (placement === null) return;
    const drawn = [];  // what was drawn, measured as drawn: for tests
    ctx.save();
    ctx.lineJoin = "round";
    ctx.strokeStyle = "#ffffff";
    const write = (text, x, top, size, colour, id) => {
      ctx.font = `${size}px ${FACE}`;
      ctx.lineWidth = size / 5;
      ctx.fillStyle = colour;
      ctx.strokeText(text, x, top);
      ctx.fillText(text, x, top);
      const width = ctx.measureText(text).width;
      drawn.push({id, text, size, left: x - width / 2, right: x + width / 2, top, bottom: top + size});
    };
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    const at = network.getPositions([...placement.node.keys()]);
    for (const [id, top] of placement.node)
      if (at[id]) write(byId.get(id).label, at[id].x, at[id].y + top + placement.font.node * 0.1, placement.font.node,
            dimmed(id) ? COLOUR.dimmed : COLOUR.node, id);
    for (const id of placement.edge) {
      if (!network.body.edges[id]) continue;  // gone since it was placed: an overview redrew
      const e = data.edges[id], mid = middle(e);
      write(relationText(e), mid.x, mid.y - placement.font.edge / 2, placement.font.edge, COLOUR.edge, id);
    }
    for (const c of placement.cluster) {
      write(c.text, c.x, c.top + placement.font.cluster * 0.1, placement.font.cluster, COLOUR.cluster, c.id);
      drawn[drawn.length - 1].kind = "cluster";
    }
    ctx.restore();
    labels.boxes = drawn;
    labels.drawn = labels.placed;
  });

  // Dashes halve the frame rate of a large graph drawn without a GPU, and below DASH_SCALE they are
  // too fine to see: edges are drawn with them only once the view is close enough.
  const DASH_SCALE = 0.3;
  function dash(scale) {
    if (dashing === scale >= DASH_SCALE) return;
    dashing = !dashing;
    edges.update((overview ? edges.get() : data.edges).filter(e => relation[e.relation] && relation[e.relation].dashes.length)
      .map(e => ({id: e.id, dashes: dashing && relation[e.relation].dashes})));  // only what is drawn
  }
  let pending = null;
  // A large graph opens as an overview: its clusters, each opening in place (templates/overview.js).
  const overview = data.overview ? kgOverviewOf({data, byId, links, nodes, edges, network, visNode, visEdge, nodeShown,
    edgeShown, names, textWidth, fontPx, LABEL_PX, NODE_SIZE, placeLabels, select: id => select(id)}) : null;
  if (overview) window.kgOverview = overview;
  function placeLabelsSoon() {
    clearTimeout(pending);
    pending = setTimeout(placeLabels, 120);
  }
  for (const event of ["zoom", "resize"]) network.on(event, placeLabelsSoon);
  for (const event of ["dragEnd", "animationFinished"]) network.on(event, () => placeLabels());

  // Selecting a node dims every node but it and its neighbours, and every edge not touching it.
  // A large graph only outlines the neighbours: restyling every node takes seconds there. With
  // nothing selected, a page drawn --around dims what is not next to its centres.
  const on = (set, id) => data.small ? set === null || set.has(id) : set !== null && set.has(id);
  const edgeLit = (id, e) => id === null ? resting === null || data.centres.includes(e.from) || data.centres.includes(e.to)
    : e.from === id || e.to === id;
  function highlight(id) {
    const keep = id === null ? resting : new Set([id, ...links.get(id).map(l => l.other)]);
    const touched = [...(data.small ? byId.keys() : new Set([...(lit || []), ...(keep || [])]))]
      .filter(n => on(lit, n) !== on(keep, n));
    const edgeChanges = [];
    for (const e of data.small ? data.edges : []) {
      const was = edgeLit(selected, e), now = edgeLit(id, e);
      if (was === now) continue;
      if (!now && placement) placement.edge.delete(e.id);  // a dimmed edge loses its label now
      edgeChanges.push(edgeLook(e, now));
    }
    selected = id; lit = keep;
    nodes.update(touched.map(n => data.small ? {id: n, opacity: on(keep, n) ? 1 : 0.2}
                                             : {id: n, borderWidth: on(keep, n) ? 4 : 1}));
    edges.update(edgeChanges);
  }
  function edgeLook(e, bright) {
    const colour = relation[e.relation].color;
    return {id: e.id, color: {color: colour, highlight: colour, hover: colour, opacity: bright ? 1 : 0.15}};
  }
  if (resting !== null) {  // the page --around as it opens: what is not next to the centres dimmed
    lit = resting;
    nodes.update(data.nodes.filter(n => !resting.has(n.id)).map(n => ({id: n.id, opacity: 0.2})));
    edges.update(data.edges.filter(e => !edgeLit(null, e)).map(e => edgeLook(e, false)));
  }

  const panel = document.getElementById("kg-details");
  function section(title, items, fill) {
    if (!items.length) return;
    el("h3", panel, title);
    const list = el("ul", panel);
    for (const item of items) fill(item, el("li", list));
  }
  function show(id) {
    panel.replaceChildren();
    panel.hidden = id === null;
    if (id === null) return;
    const n = byId.get(id);
    el("h2", panel, n.label);
    el("div", panel, names[n.cls], "kg-cls");
    if (n.aliases.length) el("p", panel, "Also: " + n.aliases.join(", "));
    if (n.definition) el("p", panel, n.definition);
    const label = l => names[l.edge.relation] + "\t" + byId.get(l.other).label;
    const rel = [...links.get(id)].sort((a, b) => b.out - a.out || (label(a) < label(b) ? -1 : 1));  // out, then in
    section("Relations", rel, (l, li) => {
      const name = names[l.edge.relation];
      if (l.out) { el("span", li, name + " → "); link(l.other, li); }
      else { link(l.other, li); el("span", li, ` ${name} → this`); }
    });
    section("Sources", n.sources, (source, li) => { li.textContent = source; });
    section("See also", n.seeAlso, (url, li) => {
      if (!/^https?:/i.test(url)) { li.textContent = url; return; }  // no javascript: links
      Object.assign(el("a", li, url), {href: url, target: "_blank", rel: "noopener noreferrer"});
    });
  }

  function select(id) {
    show(id);
    if (overview) { selected = id; overview.focus(id === null ? [] : [id]); } else highlight(id);
    saveView();
  }
  function focus(id) {
    if (!nodeShown(byId.get(id))) setClass(byId.get(id).cls, true);
    if (overview) return select(id);  // a view of its own: it and its neighbours, around it
    network.selectNodes([id]);
    const animation = data.small && {duration: 400, easingFunction: "easeInOutQuad"};  // large graphs draw slowly
    network.focus(id, {scale: Math.max(network.getScale(), 1.2), animation});
    select(id);
    if (!animation) placeLabels();  // else once the view stands still ("animationFinished")
  }
  network.on("click", params => {
    const id = params.nodes.length ? params.nodes[0] : null;
    if (overview && overview.click(id, params.pointer.canvas)) return;  // a cluster opened or closed
    select(id);
    placeLabels();
  });

  // Search ranks as `kg search` does (kg.query.search): each word of the query against the words of
  // a label, an alias or a definition, exactly, as a prefix or within a typo or two (one edit from
  // four letters, two from eight); a text scores the mean over the query's words times the weight
  // of where it was found, a concept its best text, and below THRESHOLD is no match.
  const WEIGHT = {label: 1, alias: 0.95, definition: 0.6}, THRESHOLD = 0.5, SHOWN_MATCHES = 12;
  const fold = text => text.normalize("NFKC").toLowerCase().replace(/[‘’]/g, "'").replace(/(\w)'s?\b/g, "$1")
    .replace(/^(?:the|a|an)\s+/, "").replace(/[^\p{L}\p{N}_+#.]+/gu, " ")
    .split(" ").map(w => w.replace(/^\.+|\.+$/g, "")).filter(Boolean).join(" ");
  function editDistance(a, b, limit) {  // Damerau-Levenshtein (a swap counts one), capped at limit + 1
    let before = [], previous = Array.from({length: b.length + 1}, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const current = [i];
      for (let j = 1; j <= b.length; j++) {
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], before[j - 2] + 1);
      }
      if (Math.min(...current) > limit) return limit + 1;
      before = previous; previous = current;
    }
    return previous[b.length];
  }
  function wordScore(word, candidate) {
    if (word === candidate) return 1;
    if (word.length >= 3 && candidate.startsWith(word)) return 0.9;
    const allowed = word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
    if (!allowed || Math.abs(word.length - candidate.length) > allowed) return 0;
    const distance = editDistance(word, candidate, allowed);
    return distance > allowed ? 0 : 0.85 - 0.1 * distance;
  }
  let texts = null, textsOf = null;  // built at the first search: nothing to pay on load
  function index() {
    texts = []; textsOf = new Map();
    for (const n of data.nodes) {
      const fields = [[n.label, WEIGHT.label], ...n.aliases.map(a => [a, WEIGHT.alias]), [n.definition, WEIGHT.definition]];
      for (const [text, weight] of fields) {
        const folded = fold(text || "");
        if (!folded) continue;
        for (const word of new Set(folded.split(" "))) (textsOf.get(word) || textsOf.set(word, []).get(word)).push(texts.length);
        texts.push({node: n, folded, weight});
      }
    }
  }
  function find(query) {
    const words = fold(query).split(" ").filter(Boolean);
    if (!words.length) return [];
    if (texts === null) index();
    const best = new Map();  // text -> the best score of each query word in it
    words.forEach((word, i) => {
      for (const [candidate, where] of textsOf) {
        const score = wordScore(word, candidate);
        if (!score) continue;
        for (const t of where) {
          const row = best.get(t) || best.set(t, new Array(words.length).fill(0)).get(t);
          row[i] = Math.max(row[i], score);
        }
      }
    });
    const phrase = words.join(" "), found = new Map();
    for (const [t, row] of best) {
      const mean = row.reduce((a, b) => a + b, 0) / row.length;
      const score = (texts[t].folded === phrase ? 1 : mean === 1 ? 0.98 : mean) * texts[t].weight;
      const n = texts[t].node;
      if (score >= THRESHOLD && score > (found.get(n) || 0)) found.set(n, score);
    }
    return [...found].sort((a, b) => b[1] - a[1] || a[0].label.toLowerCase().localeCompare(b[0].label.toLowerCase()))
      .slice(0, SHOWN_MATCHES).map(f => f[0]);
  }
  const search = document.getElementById("kg-search"), matches = document.getElementById("kg-matches");
  const noMatch = document.getElementById("kg-nomatch");
  function list() {
    const found = find(search.value);
    matches.replaceChildren();
    for (const n of found) link(n.id, el("li", matches));
    noMatch.hidden = found.length > 0 || !search.value.trim();
    noMatch.textContent = `No concept matches “${search.value.trim()}”.`;
    return found;
  }
  search.addEventListener("input", list);
  search.addEventListener("keydown", event => {
    const best = event.key === "Enter" && list()[0];
    if (best) focus(best.id);
  });

  // The filters are the legends too: a checkbox, the class's shape in its colour or the relation's
  // line with its dashes, a count.
  const boxes = new Map();  // "cls:Tool", "relation:uses", "tier:weak" -> [checkbox, ticked at first]
  const SVG = "http://www.w3.org/2000/svg";
  function line(item, parent) {
    const svg = parent.appendChild(document.createElementNS(SVG, "svg"));
    for (const [key, value] of Object.entries({width: 26, height: 10, class: "kg-line", "aria-hidden": "true"})) svg.setAttribute(key, value);
    const stroke = svg.appendChild(document.createElementNS(SVG, "line"));
    const attributes = {x1: 1, y1: 5, x2: 25, y2: 5, stroke: item.color, "stroke-width": 2.5, "stroke-dasharray": item.dashes.join(" ") || "none"};
    for (const [key, value] of Object.entries(attributes)) stroke.setAttribute(key, value);
  }
  function filters(container, items, key, list, toggle) {
    const count = {};
    for (const x of list) count[x[key]] = (count[x[key]] || 0) + 1;
    for (const item of items) {
      const label = el("label", container, undefined, "kg-filter");
      const box = Object.assign(el("input", label), {type: "checkbox", checked: item.shown !== false});
      box.dataset.name = item.name;
      box.dataset.key = `${key}:${item.name}`;
      boxes.set(box.dataset.key, [box, box.checked]);
      box.addEventListener("change", () => { toggle(item.name, box.checked); saveView(); });
      if (item.symbol) el("span", label, item.symbol, "kg-sym").style.color = item.color;
      else if (item.dashes) line(item, label);
      el("span", label, `${item.label} (${count[item.name]})`);
    }
  }
  function setClass(name, visible) {
    document.querySelector(`#kg-classes input[data-name="${CSS.escape(name)}"]`).checked = visible;
    shown.cls[name] = visible;
    if (!overview) nodes.update(data.nodes.filter(n => n.cls === name).map(n => ({id: n.id, hidden: !visible})));
    filtered();
  }
  function setEdges(key, name, visible) {
    shown[key][name] = visible;
    if (!overview) edges.update(data.edges.filter(e => e[key] === name).map(e => (
      {id: e.id, hidden: shown.relation[e.relation] === false || shown.tier[e.tier] === false})));
    filtered();
  }
  // The counts below the filters are of what is drawn: a relation to a hidden concept is not.
  const stats = document.getElementById("kg-stats");
  function filtered() {
    const concepts = data.nodes.filter(nodeShown).length, relations = data.edges.filter(edgeShown).length;
    const all = concepts === data.nodes.length && relations === data.edges.length;
    const of = (count, total) => count === total ? `${count}` : `${count} of ${total}`;
    stats.textContent = `${of(concepts, data.nodes.length)} concepts, ${of(relations, data.edges.length)} statements`
      + (all ? "" : " shown");
    if (overview) overview.draw();  // the clusters count what the filters leave
    if (window.kgReady) placeLabels();
  }
  filters(document.getElementById("kg-classes"), data.classes, "cls", data.nodes, setClass);
  filters(document.getElementById("kg-relations"), data.relations, "relation", data.edges, (n, v) => setEdges("relation", n, v));
  filters(document.getElementById("kg-tiers"), data.tiers, "tier", data.edges, (n, v) => setEdges("tier", n, v));
  for (const t of data.tiers) if (!t.shown) setEdges("tier", t.name, false);
  filtered();

  // The view lives in the address's #fragment: the selected concept and the filters that differ from
  // their defaults, so that a reload, a bookmark or `kg watch --serve` after a rebuild keeps it.
  let restoring = true, settle = null;  // settle: how to bring the view in once the layout is final
  function saveView() {
    if (restoring) return;
    const parts = selected === null ? [] : ["concept=" + encodeURIComponent(selected)];
    const flipped = [...boxes].filter(([, [box, first]]) => box.checked !== first)
      .map(([key, [box]]) => encodeURIComponent((box.checked ? "+" : "-") + key));
    if (flipped.length) parts.push("filters=" + flipped.join(","));
    const open = overview ? overview.opened() : [];
    if (open.length) parts.push("open=" + open.map(encodeURIComponent).join(","));
    history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
  }
  const decode = text => { try { return decodeURIComponent(text); } catch (e) { return ""; } };  // a mangled address
  const view = {};
  for (const part of location.hash.slice(1).split("&")) {
    const at = part.indexOf("=");
    if (at > 0) view[part.slice(0, at)] = part.slice(at + 1);
  }
  for (const item of (view.filters || "").split(",").map(decode).filter(Boolean)) {
    const [box] = boxes.get(item.slice(1)) || [];  // a filter this graph no longer has is let go
    if (box && box.checked !== (item[0] === "+")) { box.checked = item[0] === "+"; box.dispatchEvent(new Event("change")); }
  }
  if (overview) overview.open((view.open || "").split(",").map(decode).filter(Boolean));
  const chosen = view.concept && decode(view.concept);
  if (chosen && byId.has(chosen)) {
    if (!nodeShown(byId.get(chosen))) setClass(byId.get(chosen).cls, true);
    if (!overview) network.selectNodes([chosen]);  // an overview draws it first
    select(chosen);
    settle = overview ? overview.frame : () => network.focus(chosen, {scale: Math.max(network.getScale(), 1.2)});
  } else if (overview && data.centres.length) {
    overview.focus(data.centres);  // a page drawn --around: its centres, and what is around them
    settle = overview.frame;
  } else if (focused) {
    settle = () => network.moveTo({position: {x: 0, y: 0}, scale: focused.scale});  // the centres, as laid out
  }
  restoring = false;

  const done = () => { window.kgReady = true; document.body.dataset.ready = "true"; };
  function ready() {  // the first draw once the layout is final; the timers make sure one comes
    if (overview) overview.start();  // fitted, with room at the sides for the names of the clusters there
    placeLabels(false);
    network.once("afterDrawing", () => {
      if (settle === null) return done();
      settle();  // vis has fitted the view by now
      placeLabels(false);
      network.once("afterDrawing", done);
      setTimeout(() => network.redraw(), 0);
    });
    setTimeout(() => network.redraw(), 0);
  }
  if (data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", () => { network.setOptions({physics: {enabled: false}}); ready(); });
  } else {
    ready();
  }
})();
