// Run by scripts/split.sh in the staging folder, after the split: makes the
// first screen's download start at once and in few requests.
//  - The style sheets become one file (Trunk links nine; on a phone's
//    connection each costs a round trip and holds one of six connections).
//  - The chunk loader is preloaded with the glue that imports it.
//  - A small inline script preloads, with the app itself, the chunk the
//    address will show (and the chunks it needs); a share link's preview
//    needs none, so it preloads nothing and the frame downloads alone.
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
const script = `<script>(function () {
  var h = location.hash, c = ${JSON.stringify(chunks)}, v = ${JSON.stringify(views)};
  var p = h.split('/'), share = h.indexOf('#/share/') === 0;
  var k = share ? null : p[1] === 'knowledge' ? 'paper' : p[1] === 'plan' ? v[(p[3] || '').split('?')[0]] : 'entry';
  (c[k] || []).forEach(function (f) {
    var l = document.createElement('link');
    l.rel = 'preload'; l.as = 'fetch'; l.crossOrigin = 'anonymous'; l.href = './' + f;
    document.head.appendChild(l);
  });
})();</script>
    <link rel="modulepreload" href="./${loader}" crossorigin="anonymous">`;
html = html.replace('<script type="module">', `${script}\n<script type="module">`);
fs.writeFileSync('index.html', html);
