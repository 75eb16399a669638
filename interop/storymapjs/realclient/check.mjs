// check.mjs: load Storylens's StoryMapJS exports in the real StoryMapJS player, in a headless Chromium, and
// check what the player draws. Run by hand (see ../README.md, "Checked in the real player"); it is not part
// of CI, because StoryMapJS is not a package and has to be built from its source.
//
//   cd DIR_WITH_PUPPETEER_CORE &&
//   node /path/to/check.mjs --storymapjs STORYMAPJS/dist --chromium /usr/bin/chromium --shots OUTDIR \
//     story.json[=story.geojson] ...
//
// Each story.json is a `storylens export storymapjs` output; the optional story.geojson (`storylens export
// geojson` of the same story) gives the routes the player's line must follow. For each story the script serves
// the StoryMapJS build and the JSON on 127.0.0.1, opens it in the player, steps through every slide and checks:
//   - no script error and no console error (requests to other hosts are answered with a blank tile, and listed);
//   - the player made one slide per exported slide, in order, with the exported headline; the text and media
//     of each slide are on the page;
//   - the player's line (Leaflet's polyline through the slides, and the "active" line it draws from the slide
//     before) has no vertex that is not on a route of the GeoJSON (within 1 km), and none at all when the
//     export says show_lines false;
//   - after going to a located slide (and waiting for the pan) the slide's location is in the map's view.
// A screenshot of every slide goes to OUTDIR/NAME-NN.png. It prints one line per check and exits 1 when one
// failed.
import { createRequire } from "node:module";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const require = createRequire(path.join(process.cwd(), "noop.js"));
const puppeteer = require("puppeteer-core");

function parseArgs(argv) {
  const o = { stories: [], chromium: "/usr/bin/chromium", shots: "" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--storymapjs") o.storymapjs = argv[++i];
    else if (a === "--chromium") o.chromium = argv[++i];
    else if (a === "--shots") o.shots = argv[++i];
    else o.stories.push(a);
  }
  if (!o.storymapjs || o.stories.length === 0) {
    console.error("usage: node check.mjs --storymapjs STORYMAPJS/dist [--chromium BIN] [--shots DIR] story.json[=story.geojson] ...");
    process.exit(2);
  }
  if (!fs.existsSync(path.join(o.storymapjs, "js", "storymap.js"))) {
    console.error(`check.mjs: ${o.storymapjs}/js/storymap.js: not found (build StoryMapJS with npm run build)`);
    process.exit(2);
  }
  return o;
}

const page_html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/smjs/css/storymap.css">
<script src="/smjs/js/storymap.js"></script>
<style>html,body{margin:0;width:100%;height:100%}#sm{width:1200px;height:700px}</style></head>
<body><div id="sm"></div><script>
window.__loaded = false;
fetch("/story.json").then(r => r.json()).then(data => {
  window.__sm = new KLStoryMap.StoryMap("sm", data, {}, {});
  window.__sm.on("loaded", () => { window.__loaded = true; });
}).catch(e => console.error("check.mjs: " + e));
</script></body></html>`;

// A 1x1 transparent PNG: the answer to every request for another host (map tiles, web fonts).
const blank_png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

const types = { ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png",
  ".svg": "image/svg+xml", ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf", ".html": "text/html" };

function serve(root, storyPath) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let file = null;
    if (url.pathname === "/") {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end(page_html);
    }
    if (url.pathname === "/favicon.ico") {
      res.writeHead(204);
      return res.end();
    }
    if (url.pathname === "/story.json") file = storyPath;
    else if (url.pathname.startsWith("/smjs/")) {
      file = path.join(root, path.normalize(decodeURIComponent(url.pathname.slice(6))).replace(/^(\.\.[/\\])+/, ""));
    }
    if (!file || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise(resolve => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// Great-circle distance in km (mean Earth radius), enough to compare positions to a kilometre.
function km(a, b) {
  const r = Math.PI / 180, s1 = Math.sin((b.lat - a.lat) * r / 2), s2 = Math.sin((b.lon - a.lon) * r / 2);
  const h = s1 * s1 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * s2 * s2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

// routeVertices: every vertex of every LineString/MultiLineString route of a GeoJSON FeatureCollection.
function routeVertices(geojson) {
  return routeLines(geojson).flat().map(([lon, lat]) => ({ lat, lon }));
}

// routeLines: the coordinates of every LineString of a GeoJSON FeatureCollection (MultiLineStrings split).
function routeLines(geojson) {
  const out = [];
  for (const f of geojson.features || []) {
    const g = f.geometry || {};
    if (g.type === "LineString") out.push(g.coordinates);
    if (g.type === "MultiLineString") out.push(...g.coordinates);
  }
  return out;
}

function offRoute(points, route) {
  return points.filter(p => !route.some(q => km(p, q) <= 1));
}

function plain(html) {
  return String(html || "").replace(/<[^>]*>/g, " ").replace(/&#34;|&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/\s+/g, " ").trim();
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

async function checkStory(browser, o, spec) {
  const [jsonPath, geoPath] = spec.split("=");
  const name = path.basename(jsonPath, ".json");
  const data = JSON.parse(fs.readFileSync(jsonPath, "utf8")).storymap;
  const route = geoPath ? routeVertices(JSON.parse(fs.readFileSync(geoPath, "utf8"))) : null;
  const results = [];
  const check = (ok, what) => { results.push({ ok, what }); console.log(`${ok ? "ok  " : "FAIL"} ${name}: ${what}`); };

  const server = await serve(o.storymapjs, jsonPath);
  const base = `http://127.0.0.1:${server.address().port}`;
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 700 });
  const errors = [], blocked = new Set();
  page.on("pageerror", e => errors.push("page error: " + e.message));
  page.on("console", m => { if (m.type() === "error") errors.push("console error: " + m.text()); });
  page.on("response", r => { if (r.status() >= 400) errors.push(`HTTP ${r.status()} for ${r.url()}`); });
  await page.setRequestInterception(true);
  page.on("request", req => {
    if (req.url().startsWith(base) || req.url().startsWith("data:")) return req.continue();
    blocked.add(new URL(req.url()).host);
    req.respond({ status: 200, contentType: "image/png", body: blank_png });
  });
  await page.goto(base + "/", { waitUntil: "load" });
  await page.waitForFunction("window.__loaded === true", { timeout: 20000 }).catch(() => {});
  check(await page.evaluate("window.__loaded === true"), "the player fired 'loaded'");

  if (geoPath && o.shots) {
    // For the screenshots only: the story's routes in thin red under the player's line, when the page has
    // Leaflet's global (the tiles are blank: no network), so that one can see the line follow them.
    const lines = routeLines(JSON.parse(fs.readFileSync(geoPath, "utf8")));
    await page.evaluate(ls => {
      if (!window.L) return;
      for (const l of ls) window.L.polyline(l.map(([lon, lat]) => [lat, lon]), { color: "#d00", weight: 2, opacity: 0.9 }).addTo(window.__sm._map._map);
    }, lines);
  }
  const slides = await page.evaluate(() => [...document.querySelectorAll(".vco-storyslider .vco-slide")].map(el => ({
    id: el.id,
    headline: (el.querySelector(".vco-headline") || {}).textContent || "",
    text: (el.querySelector(".vco-text-content") || {}).textContent || "",
    media: !!el.querySelector(".vco-media img, .vco-media iframe, .vco-media-image, .vco-media-wikipedia, .vco-media-content"),
  })));
  check(slides.length === data.slides.length, `${slides.length} slides in the player, ${data.slides.length} exported`);
  const want = data.slides.map(s => plain(s.text && s.text.headline));
  const got = slides.map(s => s.headline.replace(/\s+/g, " ").trim());
  const order = want.every((h, i) => got[i] === h);
  check(order, "headlines in export order" + (order ? "" : `: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`));
  data.slides.forEach((s, i) => {
    const t = plain(s.text && s.text.text);
    if (t && slides[i]) {
      // Compared without white space: tags in the export are spaces in plain().
      const squash = x => x.replace(/\s+/g, "");
      const shown = slides[i].text.replace(/\s+/g, " ").trim();
      check(squash(shown).includes(squash(t.slice(0, 40))), `slide ${i}: its text is shown` + (squash(shown).includes(squash(t.slice(0, 40))) ? "" : `: page has ${JSON.stringify(shown.slice(0, 80))}, want ${JSON.stringify(t.slice(0, 40))}`));
    }
    if (s.media && s.media.url && slides[i]) check(slides[i].media, `slide ${i}: its media is on the page`);
  });

  const line = await page.evaluate(() => window.__sm._map._line.getLatLngs().map(p => ({ lat: p.lat, lon: p.lng })));
  const located = data.slides.filter(s => s.type !== "overview" && s.location && s.location.lat);
  if (data.show_lines === false) {
    check(line.length === 0, `show_lines false: the player's line has ${line.length} vertices`);
  } else {
    check(line.length === located.length, `the player's line has ${line.length} vertices, one per located slide (${located.length})`);
  }
  if (route && line.length) {
    const off = offRoute(line, route);
    check(off.length === 0, `the player's line is on the story's routes` + (off.length ? `: off-route vertices ${JSON.stringify(off)}` : ""));
  }

  for (let i = 0; i < data.slides.length; i++) {
    await page.evaluate(n => window.__sm.goTo(n), i);
    await sleep(2500);
    const st = await page.evaluate(() => {
      const a = window.__sm._map._line_active, c = window.__sm._map._map.getCenter();
      return { active: a.getLatLngs().map(p => ({ lat: p.lat, lon: p.lng })), opacity: a.options.opacity,
        center: { lat: c.lat, lon: c.lng }, current: window.__sm.current_slide,
        bounds: window.__sm._map._map.getBounds().toBBoxString() };
    });
    check(st.current === i, `slide ${i}: the player is at slide ${st.current}`);
    const visible = st.opacity > 0 && st.active.length > 1 ? st.active : [];
    if (data.show_lines === false) {
      check(visible.length === 0, `slide ${i}: no active line` + (visible.length ? `: ${JSON.stringify(visible)}` : ""));
    } else if (route && visible.length) {
      const off = offRoute(visible, route);
      check(off.length === 0, `slide ${i}: the active line is on the routes` + (off.length ? `: off-route ${JSON.stringify(off)}` : ""));
    }
    const s = data.slides[i];
    if (s.type !== "overview" && s.location && s.location.lat) {
      const [w, so, e, n] = st.bounds.split(",").map(Number);
      const lon = s.location.lon, lat = s.location.lat;
      const inView = lat >= so && lat <= n && (w <= e ? lon >= w && lon <= e : lon >= w || lon <= e);
      check(inView, `slide ${i}: ${s.location.name || "its location"} is in the map's view (${st.bounds})`);
    }
    if (o.shots) {
      fs.mkdirSync(o.shots, { recursive: true });
      await page.screenshot({ path: path.join(o.shots, `${name}-${String(i).padStart(2, "0")}.png`) });
    }
  }
  check(errors.length === 0, "no script or console error" + (errors.length ? ": " + errors.join(" | ") : ""));
  if (blocked.size) console.log(`info ${name}: requests to other hosts answered with a blank tile: ${[...blocked].sort().join(", ")}`);
  await page.close();
  server.close();
  return results;
}

const o = parseArgs(process.argv.slice(2));
const browser = await puppeteer.launch({ executablePath: o.chromium, headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
let failed = 0, passed = 0;
try {
  for (const spec of o.stories) {
    for (const r of await checkStory(browser, o, spec)) r.ok ? passed++ : failed++;
  }
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
