// Run by scripts/split.sh in the staging folder, after the split: makes the
// first screen's download start at once and in few requests.
//  - The style sheets become one file (Trunk links nine; on a phone's
//    connection each costs a round trip and holds one of six connections).
//  - A small inline script, first in the head, asks for the app's wasm
//    first, then compiles the chunks the address will show as they download
//    (the loader takes them from `window.cpChunks`), then the glue, its
//    snippets and the chunk loader. Trunk's own modulepreload links would
//    take all six of a phone's connections before the wasm (HTTP/1.1), which
//    then waited a round trip.
//  - A share link on a first visit (no service worker yet) runs the first
//    look (scripts/first_look.sh, `ui::first_look`) before the app: its
//    small wasm downloads alone and shows the preview, the app's wasm
//    downloads from when the first look's has arrived, and the app starts
//    once the preview is shown (with 我的工作's chunk for a link made for
//    one person).
// Usage: node first_screen.mjs <loader.js>
import fs from 'node:fs';
import crypto from 'node:crypto';

const loader = process.argv[2];
let html = fs.readFileSync('index.html', 'utf8');

// One style sheet, in the order Trunk linked them.
const links = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*\/>\n?\s*/g)];
if (links.length > 1) {
  const css = links.map((m) => fs.readFileSync(m[1], 'utf8')).join('\n');
  const name = `style-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  fs.writeFileSync(name, css);
  for (const m of links) fs.rmSync(m[1]);
  html = html.replace(links[0][0], `<link rel="stylesheet" href="./${name}"/>\n    `);
  for (const m of links.slice(1)) html = html.replace(m[0], '');
}

// The loader takes a chunk the inline script below began compiling, or
// fetches and compiles it then. Taken once: a retry after a failure fetches
// anew.
let js = fs.readFileSync(loader, 'utf8');
const fetcher = /const src = fetch\(new URL\("\.\/([^"]+)", import\.meta\.url\)\);\s*src\.catch\(\(\) => \{\}\);\s*return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);/g;
const fetchers = js.match(fetcher)?.length ?? 0;
if (fetchers < 2) throw new Error('first_screen.mjs: the chunk loader fetches its chunks in a way this script does not know');
js = js.replace(fetcher, (_, f) => `const mod = compiled(${JSON.stringify(f)});\n    return async (imports) => ({ module: await mod, instance: await WebAssembly.instantiate(await mod, imports) });`);
js = js.replace(/\nfunction makeLoad\(/, `
function compiled(file) {
    const early = window.cpChunks && window.cpChunks[file];
    if (early) delete window.cpChunks[file];
    const mod = early || compile(fetch(new URL("./" + file, import.meta.url)));
    mod.catch(() => {});
    return mod;
}
// Safari before 15 (an older iPhone's WeChat) compiles from the bytes.
function compile(got) {
    if (WebAssembly.compileStreaming) return WebAssembly.compileStreaming(got);
    return got.then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b));
}
function makeLoad(`);
if (!js.includes('function compiled(')) throw new Error('first_screen.mjs: no makeLoad in the chunk loader');
fs.writeFileSync(loader, js);

// What each chunk loads: its own file and the shared ones it needs.
const urls = {};
for (const m of js.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const mod = compiled\("([^"]+)"/g)) urls[m[1]] = m[2];
const chunks = {};
for (const m of js.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const mod = compiled\("([^"]+)"[\s\S]*?, \[([^\]]*)\]\)\);/g)) {
  const deps = m[3].split(',').map((d) => d.trim()).filter(Boolean).map((d) => urls[d]);
  chunks[m[1]] = [m[2], ...deps];
}
for (const k of ['entry', 'tasks', 'mine', 'work', 'paper']) {
  if (!chunks[k]) throw new Error(`first_screen.mjs: the loader names no \`${k}\` chunk`);
}

// The chunk of each view, as the address names it (src/ui/route.rs, src/ui/mod.rs `pages`).
// The overview is part of the frame (src/ui/mod.rs `pages`).
const views = { tasks: 'tasks', mine: 'mine', docs: 'paper', report: 'paper', retro: 'paper', 'retro-doc': 'paper' };
for (const v of ['insight', 'goals', 'strategy', 'trace', 'brief', 'gantt', 'budget', 'resources', 'risks',
  'dashboard', 'kpis', 'alerts', 'funnel', 'review', 'raci', 'setup']) views[v] = 'work';
// The app's own wasm is preloaded by the inline script, not by Trunk's link:
// on a first look it must wait.
const pre = html.match(/<link rel="preload" href="\.\/([^"]+_bg\.wasm)"[^>]*>\n?\s*/);
if (!pre) throw new Error('first_screen.mjs: no preload of the app\'s wasm in index.html');
html = html.replace(pre[0], '');
const init = 'const wasm = await init(';
if (!html.includes(init)) throw new Error('first_screen.mjs: Trunk\'s start of the app is not in index.html');
html = html.replace(init, `await window.cpFirstLook;\n${init}`);
// Trunk's modulepreload links (the glue and its snippets) move into the
// inline script, after the wasm; the chunk loader joins them.
const modules = [];
html = html.replace(/<link rel="modulepreload" href="\.\/([^"]+)" crossorigin="anonymous">/g, (_, f) => { modules.push(f); return ''; });
if (!modules.length) throw new Error('first_screen.mjs: Trunk preloads no module in index.html');
modules.push(loader);
const lookJs = fs.readdirSync('.').find((f) => /^first-look-[0-9a-f]{16}\.js$/.test(f));
// Its glue and the inline JS the glue imports are fetched at once too.
const look = lookJs ? {
  js: lookJs, wasm: lookJs.replace(/\.js$/, '_bg.wasm'),
  modules: [lookJs, ...[...fs.readFileSync(lookJs, 'utf8').matchAll(/from '\.\/(first-look-[^']+\.js)'/g)].map((m) => m[1])],
} : null;

const script = `<script>(function () {
  var h = location.hash, c = ${JSON.stringify(chunks)}, v = ${JSON.stringify(views)};
  var look = ${JSON.stringify(look)}, app = ${JSON.stringify(pre[1])}, mods = ${JSON.stringify(modules)};
  var p = h.split('/'), share = h.indexOf('#/share/') === 0, early = window.cpChunks = {};
  function link(rel, f, cors) {
    var l = document.createElement('link');
    l.rel = rel; l.href = './' + f;
    if (cors) l.crossOrigin = 'anonymous';
    if (rel === 'preload') { l.as = 'fetch'; l.type = 'application/wasm'; }
    document.head.appendChild(l);
    return l;
  }
  // A chunk compiles while it downloads, beside the app's wasm.
  function compile(f) {
    var got = fetch('./' + f);
    early[f] = WebAssembly.compileStreaming ? WebAssembly.compileStreaming(got)
      : got.then(function (r) { return r.arrayBuffer(); }).then(function (b) { return WebAssembly.compile(b); });
    early[f].catch(function () {});
  }
  var sw = navigator.serviceWorker && navigator.serviceWorker.controller;
  if (look && share && p[2] !== 'u' && !sw) {
    // The app's wasm starts once the first look's has arrived: beside it, it
    // would halve the first look's share of the phone's bandwidth; after the
    // preview is drawn, a tap on it waits the drawing's time longer.
    var lw = link('preload', look.wasm, true);
    lw.onload = lw.onerror = function () { link('preload', app, true); };
    look.modules.forEach(function (f) { link('modulepreload', f); });
    window.cpFirstLook = import('./' + look.js).then(function (m) {
      return m.default({ module_or_path: './' + look.wasm }).then(function () { return m.first_look(); });
    }).catch(function () {}).then(function () {
      if (/\\.[\\w-]+$/.test(h)) c.mine.forEach(compile);
    });
    return;
  }
  link('preload', app, true);
  var k = share ? null : p[1] === 'knowledge' ? 'paper' : p[1] === 'plan' ? v[(p[3] || '').split('?')[0]] : 'entry';
  (c[k] || []).forEach(compile);
  mods.forEach(function (f) { link('modulepreload', f, true); });
})();</script>`;
// Early in the head, after the charset (which must be in the first 1024
// bytes): an inline script after a style sheet would wait for it.
const charset = /<meta charset="utf-8" \/>\s*\n/;
if (!charset.test(html)) throw new Error('first_screen.mjs: no charset at the top of index.html');
html = html.replace(charset, (m) => `${m}    ${script}\n`);
fs.writeFileSync('index.html', html);
