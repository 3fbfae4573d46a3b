// Run by scripts/split.sh in the staging folder, after the split: makes the
// first screen's download start at once and in few requests.
//  - The style sheets become one file (Trunk links nine; on a phone's
//    connection each costs a round trip and holds one of six connections).
//  - The chunk loader is preloaded with the glue that imports it.
//  - A small inline script preloads, with the app itself, the chunk the
//    address will show (and the chunks it needs).
//  - A share link on a first visit (no service worker yet) runs the first
//    look (scripts/first_look.sh, `ui::first_look`) before the app: its
//    small wasm downloads alone and shows the preview, then the app starts
//    (with 我的工作's chunk for a link made for one person).
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

// What each chunk loads: its own file and the shared ones it needs.
const js = fs.readFileSync(loader, 'utf8');
const urls = {};
for (const m of js.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)) urls[m[1]] = m[2];
const chunks = {};
for (const m of js.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?, \[([^\]]*)\]\)\);/g)) {
  const deps = m[3].split(',').map((d) => d.trim()).filter(Boolean).map((d) => urls[d]);
  chunks[m[1]] = [m[2], ...deps];
}
for (const k of ['entry', 'overview', 'tasks', 'mine', 'work', 'paper']) {
  if (!chunks[k]) throw new Error(`first_screen.mjs: the loader names no \`${k}\` chunk`);
}

// The chunk of each view, as the address names it (src/ui/route.rs, src/ui/mod.rs `pages`).
const views = { overview: 'overview', tasks: 'tasks', mine: 'mine', docs: 'paper', report: 'paper', retro: 'paper', 'retro-doc': 'paper' };
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
const lookJs = fs.readdirSync('.').find((f) => /^first-look-[0-9a-f]{16}\.js$/.test(f));
// Its glue and the inline JS the glue imports are fetched at once too.
const look = lookJs ? {
  js: lookJs, wasm: lookJs.replace(/\.js$/, '_bg.wasm'),
  modules: [lookJs, ...[...fs.readFileSync(lookJs, 'utf8').matchAll(/from '\.\/(first-look-[^']+\.js)'/g)].map((m) => m[1])],
} : null;

const script = `<script>(function () {
  var h = location.hash, c = ${JSON.stringify(chunks)}, v = ${JSON.stringify(views)};
  var look = ${JSON.stringify(look)}, app = ${JSON.stringify(pre[1])};
  var p = h.split('/'), share = h.indexOf('#/share/') === 0;
  function preload(f) {
    var l = document.createElement('link');
    l.rel = 'preload'; l.as = 'fetch'; l.crossOrigin = 'anonymous'; l.href = './' + f;
    if (/\\.wasm$/.test(f)) l.type = 'application/wasm';
    document.head.appendChild(l);
  }
  var sw = navigator.serviceWorker && navigator.serviceWorker.controller;
  if (look && share && p[2] !== 'u' && !sw) {
    preload(look.wasm);
    look.modules.forEach(function (f) {
      var l = document.createElement('link');
      l.rel = 'modulepreload'; l.href = './' + f;
      document.head.appendChild(l);
    });
    window.cpFirstLook = import('./' + look.js).then(function (m) {
      return m.default({ module_or_path: './' + look.wasm }).then(function () { return m.first_look(); });
    }).catch(function () {}).then(function () {
      if (/\\.[\\w-]+$/.test(h)) c.mine.forEach(preload);
    });
    return;
  }
  preload(app);
  var k = share ? null : p[1] === 'knowledge' ? 'paper' : p[1] === 'plan' ? v[(p[3] || '').split('?')[0]] : 'entry';
  (c[k] || []).forEach(preload);
})();</script>`;
// Early in the head, after the charset (which must be in the first 1024
// bytes): an inline script after a style sheet would wait for it.
const charset = /<meta charset="utf-8" \/>\s*\n/;
if (!charset.test(html)) throw new Error('first_screen.mjs: no charset at the top of index.html');
html = html.replace(charset, (m) => `${m}    ${script}\n`);
html = html.replace('<script type="module">', `<link rel="modulepreload" href="./${loader}" crossorigin="anonymous">\n<script type="module">`);
fs.writeFileSync('index.html', html);
