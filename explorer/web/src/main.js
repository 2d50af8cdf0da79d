// DiTo Graph explorer: the skill-proximity graph of towns, drawn with
// sigma.js from the public GraphQL API only (so it doubles as an example
// client). Data flow: page through towns (with their scores and strongest
// neighbours), lay them out with ForceAtlas2 in a worker, load a town's
// details only when it is opened, and follow new signals over graphql-ws.
import Graph from "graphology";
import Sigma from "sigma";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { createClient } from "graphql-ws";

const endpoint = new URL("../graphql", window.location.href).toString();
const PAGE = 500; // towns per request; each carries its 5 strongest edges
const TEMPLATES = ["Open Source", "Art", "Local", "Other"];
const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
  "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"];
const CHAIN_NAMES = { 1: "Ethereum", 137: "Polygon", 100: "Gnosis", 30: "RSK" };

// What tests and analysts can read from the console.
const state = (window.__explorer = { ready: false, nodes: 0, edges: 0, panelTown: null, feed: 0, loadMs: 0, error: null });

const $ = (id) => document.getElementById(id);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const short = (id) => (id && id.length > 20 ? id.slice(0, id.indexOf("-") + 8) + "…" + id.slice(-4) : id);

async function gql(query, variables = {}) {
  const res = await fetch(endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data;
}

const TOWNS = `query Towns($first: Int!, $where: Town_filter) {
  towns(first: $first, orderBy: id, where: $where) {
    id name chainId template membersCount
    scarcity { score district lacks { id } excesses { id } }
    neighbours(first: 5) { town { id } weight probability }
  }
}`;

const graph = new Graph({ type: "undirected", allowSelfLoops: false });
let renderer;
let colourBy = "district";
const hiddenChains = new Set();
let selected = null;
let skillNames = [];

function colourOf(attrs) {
  switch (colourBy) {
    case "template":
      return PALETTE[attrs.template % PALETTE.length];
    case "scarcity": {
      if (attrs.score == null) return "#c7ccd4";
      const t = attrs.score / 100; // 0 balanced (green) .. 1 scarce (red)
      return `rgb(${Math.round(60 + 180 * t)}, ${Math.round(170 - 110 * t)}, 90)`;
    }
    default:
      return attrs.district == null ? "#c7ccd4" : PALETTE[attrs.district % PALETTE.length];
  }
}

async function loadTowns() {
  let where = {};
  const edges = [];
  for (;;) {
    // Keyset paging (id_gt), not skip: skip is capped and slows down.
    const { towns } = await gql(TOWNS, { first: PAGE, where });
    for (const t of towns) {
      // Start each district around its own point so the layout converges fast.
      const d = t.scarcity?.district ?? -1;
      const angle = ((d + 1) * 2.399) % (2 * Math.PI);
      graph.mergeNode(t.id, {
        label: t.name || short(t.id),
        name: t.name, chainId: t.chainId, template: t.template, members: t.membersCount,
        score: t.scarcity?.score, district: t.scarcity?.district,
        lacks: (t.scarcity?.lacks ?? []).map((s) => s.id), excesses: (t.scarcity?.excesses ?? []).map((s) => s.id),
        size: 3 + Math.sqrt(t.membersCount) * 1.6,
        x: Math.cos(angle) * 100 + (Math.random() - 0.5) * 40,
        y: Math.sin(angle) * 100 + (Math.random() - 0.5) * 40,
      });
      for (const n of t.neighbours) edges.push([t.id, n.town.id, n.weight]);
    }
    $("status").textContent = `loading… ${graph.order} towns`;
    if (towns.length < PAGE) break;
    where = { id_gt: towns[towns.length - 1].id };
  }
  for (const [a, b, w] of edges) {
    if (!graph.hasNode(a) || !graph.hasNode(b) || a === b) continue;
    if (graph.hasEdge(a, b)) continue; // neighbour lists are symmetric
    graph.addEdge(a, b, { weight: w, size: 0.3 + 2.5 * w, color: "#cfd6df" });
  }
}

function draw() {
  graph.forEachNode((n, a) => graph.setNodeAttribute(n, "color", colourOf(a)));
  renderer = new Sigma(graph, $("graph"), {
    renderEdgeLabels: false,
    // Large networks: draw edges and labels only when the view rests, so
    // panning and zooming stay fluid.
    hideEdgesOnMove: graph.order > 2000,
    hideLabelsOnMove: graph.order > 2000,
    labelRenderedSizeThreshold: graph.order > 2000 ? 14 : 9,
    zIndex: true,
    nodeReducer: (node, data) => {
      const res = { ...data };
      if (hiddenChains.has(data.chainId)) res.hidden = true;
      if (selected) {
        if (node === selected) res.highlighted = true;
        else if (!graph.areNeighbors(node, selected)) { res.color = "#e4e7ec"; res.label = ""; }
      }
      return res;
    },
    edgeReducer: (edge, data) => {
      const res = { ...data };
      const [s, t] = graph.extremities(edge);
      if (hiddenChains.has(graph.getNodeAttribute(s, "chainId")) || hiddenChains.has(graph.getNodeAttribute(t, "chainId"))) res.hidden = true;
      if (selected && s !== selected && t !== selected) res.hidden = true;
      return res;
    },
  });
  renderer.on("clickNode", ({ node }) => openTown(node));
  renderer.on("clickStage", () => { selected = null; renderer.refresh(); });
  if (graph.order > 1) {
    const layout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 } });
    layout.start();
    setTimeout(() => layout.stop(), Math.min(8000, 1500 + graph.order));
  }
}

function chainFilter() {
  const chains = [...new Set(graph.mapNodes((_, a) => a.chainId))].sort((a, b) => a - b);
  $("chains").innerHTML = chains
    .map((c) => `<label><input type="checkbox" data-chain="${c}" checked> ${esc(CHAIN_NAMES[c] ?? "chain " + c)}</label>`)
    .join("");
  $("chains").addEventListener("change", (e) => {
    const c = Number(e.target.dataset.chain);
    if (e.target.checked) hiddenChains.delete(c);
    else hiddenChains.add(c);
    renderer.refresh();
  });
}

function searchBox() {
  const options = [];
  graph.forEachNode((n, a) => options.push(`<option value="${esc(n)}">${esc(a.name)}</option>`));
  $("town-list").innerHTML = options.slice(0, 5000).join("");
  $("search").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = $("search-input").value.trim().toLowerCase();
    if (!q) return;
    const hit = graph.findNode((n, a) => n.toLowerCase() === q || n.toLowerCase().endsWith(q) || (a.name ?? "").toLowerCase() === q)
      ?? graph.findNode((n, a) => n.toLowerCase().includes(q) || (a.name ?? "").toLowerCase().includes(q));
    if (hit) openTown(hit);
    else $("status").textContent = `no town matches “${q}”`;
  });
}

const TOWN = `query Town($id: ID!) {
  town(id: $id) {
    id name chainId address template membersCount treasury metadataUri
    scarcity { score legacyScore variety coverage effectiveSkills percentile volatile district centrality
      parts { category subcategory skill } lacks { id name } excesses { id name } }
    skillWallets(first: 1000) { skills { skill { id name } level } }
    neighbours(first: 10) { town { id name } weight probability }
    signalsOut(first: 8, orderBy: id, orderDirection: desc) { id kind skill { name } toId probability }
  }
}`;

async function openTown(id) {
  selected = id;
  renderer.refresh();
  const pos = renderer.getNodeDisplayData(id);
  if (pos) renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.35 }, { duration: 400 });
  $("panel").innerHTML = `<p class="hint">loading ${esc(short(id))}…</p>`;
  let t;
  try {
    ({ town: t } = await gql(TOWN, { id }));
  } catch (err) {
    $("panel").innerHTML = `<p class="hint">could not load the town: ${esc(err.message)}</p>`;
    return;
  }
  if (!t) { $("panel").innerHTML = `<p class="hint">town ${esc(id)} no longer exists (reorged away?)</p>`; return; }
  const counts = new Map();
  for (const w of t.skillWallets) for (const s of w.skills) counts.set(s.skill.name, (counts.get(s.skill.name) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12);
  const max = Math.max(1, ...top.map((x) => x[1]));
  const sc = t.scarcity;
  const bar = (label, v, m, cls = "") => `<div class="bar ${cls}"><span>${esc(label)}</span><b style="width:${Math.round((140 * v) / m)}px"></b>${typeof v === "number" && !Number.isInteger(v) ? v.toFixed(3) : v}</div>`;
  $("panel").innerHTML = `
    <h2 data-town="${esc(t.id)}">${esc(t.name || short(t.id))}</h2>
    <dl>
      <dt>id</dt><dd>${esc(t.id)}</dd>
      <dt>chain</dt><dd>${esc(CHAIN_NAMES[t.chainId] ?? t.chainId)}</dd>
      <dt>template</dt><dd>${esc(TEMPLATES[t.template] ?? t.template)}</dd>
      <dt>members</dt><dd data-field="members">${t.membersCount}</dd>
      <dt>treasury</dt><dd>${esc(t.treasury)} DITO wei</dd>
      <dt>scarcity</dt><dd data-field="score">${sc?.score ?? "no data"}</dd>
      ${sc ? `<dt>legacy score</dt><dd>${sc.legacyScore ?? "–"}</dd>
      <dt>variety</dt><dd>${sc.variety.toFixed(3)} (e<sup>H</sup> = ${sc.effectiveSkills.toFixed(1)} skills)</dd>
      <dt>percentile</dt><dd>${sc.percentile.toFixed(0)}${sc.volatile ? " · small town, volatile" : ""}</dd>
      <dt>district</dt><dd>${sc.district ?? "–"} · centrality ${sc.centrality.toFixed(4)}</dd>` : ""}
    </dl>
    ${sc ? `<h3>Variety, by level of the taxonomy</h3>
      ${bar("category", sc.parts.category, 0.4, "parts")}${bar("subcategory", sc.parts.subcategory, 0.4, "parts")}${bar("skill", sc.parts.skill, 0.4, "parts")}
      <h3>Lacks / excesses</h3>
      ${sc.lacks.map((s) => `<span class="tag lack">${esc(s.name)}</span>`).join("") || "<span class='hint'>no lack</span>"}
      ${sc.excesses.map((s) => `<span class="tag excess">${esc(s.name)}</span>`).join("")}` : ""}
    <h3>Skills of its members</h3>
    ${top.map(([n, c]) => bar(n, c, max)).join("") || "<span class='hint'>no skill wallet</span>"}
    <h3>Neighbours (one-step walk)</h3>
    ${t.neighbours.map((n) => `<div class="bar"><span><a class="town" data-open="${esc(n.town.id)}">${esc(n.town.name || short(n.town.id))}</a></span><b style="width:${Math.round(140 * n.probability)}px"></b>p=${n.probability.toFixed(3)} · w=${n.weight.toFixed(3)}</div>`).join("") || "<span class='hint'>none</span>"}
    <h3>Recent signals</h3>
    <ol>${t.signalsOut.map((s) => `<li>#${s.id} ${s.kind} ${esc(s.skill.name)}${s.toId ? " → " + esc(short(s.toId)) : ""}</li>`).join("") || "<span class='hint'>none</span>"}</ol>`;
  state.panelTown = t.id;
}

function heatmap() {
  const byDistrict = new Map();
  graph.forEachNode((_, a) => {
    const d = a.district ?? -1;
    if (!byDistrict.has(d)) byDistrict.set(d, { towns: 0, lacks: new Array(36).fill(0), excesses: new Array(36).fill(0) });
    const row = byDistrict.get(d);
    row.towns++;
    for (const s of a.lacks) row.lacks[s]++;
    for (const s of a.excesses) row.excesses[s]++;
  });
  const rows = [...byDistrict].sort((a, b) => b[1].towns - a[1].towns).slice(0, 20);
  const cell = (l, e, n, s) => {
    const v = (e - l) / Math.max(1, n); // blue: excess, red: lack
    const alpha = Math.min(1, Math.abs(v) * 3);
    const rgb = v < 0 ? "229,72,77" : "59,130,246";
    return `<td title="${esc(skillNames[s] ?? "skill " + s)}: ${l} of ${n} towns lack it, ${e} hold it in excess" style="background:rgba(${rgb},${alpha.toFixed(2)})"></td>`;
  };
  $("heatmap").innerHTML = `<table>${rows.map(([d, r]) => `<tr><th>${d < 0 ? "none" : "district " + d} (${r.towns})</th>${r.lacks.map((l, s) => cell(l, r.excesses[s], r.towns, s)).join("")}</tr>`).join("")}</table>`;
}

function feed() {
  const wsURL = endpoint.replace(/^http/, "ws");
  const client = createClient({ url: wsURL, retryAttempts: Infinity, shouldRetry: () => true });
  const add = (s) => {
    const li = document.createElement("li");
    li.className = "k-" + s.kind;
    li.dataset.signal = s.id;
    li.innerHTML = `#${esc(s.id)} <b>${esc(s.kind)}</b> ${esc(s.skill.name)} · <a class="town" data-open="${esc(s.fromId)}">${esc(short(s.fromId))}</a>${s.toId ? ` → <a class="town" data-open="${esc(s.toId)}">${esc(short(s.toId))}</a>` : ""}`;
    $("feed").prepend(li);
    while ($("feed").children.length > 100) $("feed").lastChild.remove();
    state.feed++;
  };
  client.subscribe(
    { query: `subscription { signals { id kind fromId toId skill { name } probability } }` },
    { next: (r) => r.data && add(r.data.signals), error: (e) => console.warn("signal feed", e), complete: () => {} },
  );
}

document.addEventListener("click", (e) => {
  const id = e.target.closest?.("[data-open]")?.dataset.open;
  if (id && graph.hasNode(id)) openTown(id);
});
$("colour").addEventListener("change", (e) => {
  colourBy = e.target.value;
  graph.forEachNode((n, a) => graph.setNodeAttribute(n, "color", colourOf(a)));
});

(async () => {
  const start = performance.now();
  try {
    ({ skills: skillNames } = await gql(`{ skills { id name } }`));
    skillNames = skillNames.map((s) => s.name);
    await loadTowns();
    draw();
    chainFilter();
    searchBox();
    heatmap();
    feed();
    // Where a town is drawn, in page pixels: tests click there.
    state.pagePointOf = (id) => {
      if (!graph.hasNode(id)) return null;
      const a = graph.getNodeAttributes(id);
      const p = renderer.graphToViewport({ x: a.x, y: a.y });
      const r = $("graph").getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    };
    // Measurement hooks (BENCHMARKS.md): frame times while the camera
    // moves, and the time to open a town's panel.
    state.measureFrames = (ms) => new Promise((resolve) => {
      const cam = renderer.getCamera();
      const times = [];
      let last = performance.now();
      const end = last + ms;
      cam.animate({ ratio: cam.ratio * 0.3 }, { duration: ms / 2 });
      setTimeout(() => cam.animate({ ratio: 1, x: 0.5, y: 0.5 }, { duration: ms / 2 }), ms / 2);
      const tick = (now) => {
        times.push(now - last);
        last = now;
        if (now < end) requestAnimationFrame(tick);
        else {
          times.sort((a, b) => a - b);
          resolve({ frames: times.length, avgMs: ms / times.length, p95Ms: times[Math.floor(times.length * 0.95)] });
        }
      };
      requestAnimationFrame(tick);
    });
    state.timeOpen = async (id) => {
      const t0 = performance.now();
      await openTown(id);
      return performance.now() - t0;
    };
    state.timeFilter = (chain) => {
      const t0 = performance.now();
      hiddenChains.add(chain);
      renderer.refresh();
      hiddenChains.delete(chain);
      renderer.refresh();
      return (performance.now() - t0) / 2;
    };
    // How many towns the renderer draws now (after the chain filter and
    // the selection), read from sigma's display data: tests check filters
    // through it.
    state.visibleNodes = () => graph.filterNodes((n) => !renderer.getNodeDisplayData(n)?.hidden).length;
    state.resetView = () => {
      selected = null;
      renderer.refresh();
      return renderer.getCamera().animatedReset({ duration: 0 });
    };
    state.nodes = graph.order;
    state.edges = graph.size;
    state.loadMs = Math.round(performance.now() - start);
    $("status").textContent = `${graph.order} towns · ${graph.size} proximity edges · loaded in ${(state.loadMs / 1000).toFixed(1)} s`;
    state.ready = true;
  } catch (err) {
    state.error = err.message;
    $("status").textContent = "failed: " + err.message;
  }
})();
