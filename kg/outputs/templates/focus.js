"use strict";
// The layout of a focused neighbourhood: a concept selected on an overview, or the centres of a page
// drawn --around. The centres sit in a row in the middle, their neighbours around them: spread evenly
// on the smallest ring where no label covers another, or, where none such fits on the screen, on
// rings filled in turn clockwise from the top. Concepts further away (a page drawn --around with
// --depth 2 or more) go on rings beyond, each as near as there is room to the direction of the one
// it is reached through. No dot or label (below its dot) covers one placed before. Laid out for
// scale 1, or for the scale at which labels reach their smallest size where scale 1 does not fit.
function kgFocusLayout(page, centres, reachable, depth) {
  const {byId, links} = page, frame = document.getElementById("kg-graph");
  const from = new Map(centres.map(id => [id, null])), levels = [centres];
  for (let d = 1; d <= depth && levels[d - 1].length; d++) {  // the concepts `d` steps away, in order
    const next = new Map();
    for (const id of levels[d - 1]) for (const l of links.get(id))
      if (!from.has(l.other) && !next.has(l.other) && reachable(l)) next.set(l.other, [id, page.names[l.edge.relation]]);
    for (const [id, [via]] of next) from.set(id, via);
    const place = new Map(levels[d - 1].map((id, i) => [id, i]));
    const label = id => byId.get(id).label.toLowerCase();
    levels.push([...next.keys()].sort((a, b) => d === 1
      ? next.get(a)[1].localeCompare(next.get(b)[1]) || label(a).localeCompare(label(b)) || (a < b ? -1 : 1)
      : place.get(next.get(a)[0]) - place.get(next.get(b)[0]) || label(a).localeCompare(label(b)) || (a < b ? -1 : 1)));
  }

  function at(scale) {
    const font = page.fontPx("node", scale), high = font * 1.2, pad = font * 0.3;
    const size = page.NODE_SIZE * scale, below = (page.NODE_SIZE + 4) * scale;
    const boxOf = (id, x, y) => {
      const half = Math.max(page.textWidth(byId.get(id).label, font) / 2 + pad, size + pad);
      return [x - half, y - size - pad, x + half, y + below + high + pad];
    };
    const cell = 4 * high, grid = new Map(), placed = new Map();
    const cells = (b, visit) => {
      for (let cx = Math.floor(b[0] / cell); cx <= Math.floor(b[2] / cell); cx++)
        for (let cy = Math.floor(b[1] / cell); cy <= Math.floor(b[3] / cell); cy++)
          if (visit(cx * 1000003 + cy)) return true;
      return false;
    };
    const overlap = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    const free = b => !cells(b, k => (grid.get(k) || []).some(o => overlap(o, b)));
    const put = (id, x, y) => {
      const b = boxOf(id, x, y);
      cells(b, k => { (grid.get(k) || grid.set(k, []).get(k)).push(b); });
      placed.set(id, {x, y});
    };
    const point = (r, angle) => [r * Math.cos(angle), r * Math.sin(angle)];
    const widths = centres.map(id => boxOf(id, 0, 0)[2] * 2);
    let x = -widths.reduce((a, b) => a + b, 0) / 2;
    centres.forEach((id, i) => { put(id, x + widths[i] / 2, 0); x += widths[i]; });
    const gap = below + high + 2 * size + 2 * pad, inner = Math.max(-x, 0) + gap;
    const around = levels[1] || [], widest = Math.min(frame.clientWidth, frame.clientHeight) / 2 - 20;
    const even = r => {  // all of them evenly on a ring of radius r, if none covers another
      const boxes = around.map((id, i) => boxOf(id, ...point(r, -Math.PI / 2 + 2 * Math.PI * i / around.length)));
      return boxes.every((b, i) => free(b) && boxes.slice(0, i).every(o => !overlap(o, b)));
    };
    let radius = inner;
    while (radius < widest && !even(radius)) radius += gap / 2;
    if (radius < widest) {
      around.forEach((id, i) => put(id, ...point(radius, -Math.PI / 2 + 2 * Math.PI * i / around.length)));
    } else {
      let start = -Math.PI / 2, angle = start, ring = 0;
      radius = inner;
      for (const id of around) {
        while (!free(boxOf(id, ...point(radius, angle)))) {
          angle += 2 / radius;  // 2 px along the ring
          if (angle > start + 2 * Math.PI) { ring += 1; radius += gap; start = -Math.PI / 2 + ring * 0.37; angle = start; }
        }
        put(id, ...point(radius, angle));
      }
    }
    for (const level of levels.slice(2)) {  // beyond: towards the one each is reached through
      for (const id of level) {
        const via = placed.get(from.get(id)), toward = Math.atan2(via.y, via.x);
        for (let r = Math.hypot(via.x, via.y) + gap; !placed.has(id); r += gap) {
          for (let step = 0; step * pad / r <= Math.PI && !placed.has(id); step += 1)  // a third of a letter at a time
            for (const angle of step ? [toward + step * pad / r, toward - step * pad / r] : [toward])
              if (!placed.has(id) && free(boxOf(id, ...point(r, angle)))) put(id, ...point(r, angle));
        }
      }
    }
    let reach = {x: 0, y: 0};
    for (const list of grid.values()) for (const b of list)
      reach = {x: Math.max(reach.x, -b[0], b[2]), y: Math.max(reach.y, -b[1], b[3])};
    for (const p of placed.values()) { p.x /= scale; p.y /= scale; }  // in the graph's units
    return {placed, scale, fits: reach.x < frame.clientWidth / 2 - 10 && reach.y < frame.clientHeight / 2 - 10};
  }
  const first = at(1);
  return {levels, ...(first.fits ? first : at(page.LABEL_PX.node[0] / page.LABEL_PX.node[1]))};
}
