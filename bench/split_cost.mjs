// What splitting the wasm costs in bytes (issue 29: at most 10 % over all
// chunks): the app built whole (wasm + glue) against every piece of dist/'s
// app — the frame, its glue, the chunk loader, every chunk; the first look is
// a program of its own and not counted. Four measures: raw bytes; the pieces
// compressed as one stream (what the split adds to the code: calls across
// pieces through the function table, each piece's own sections); each file
// compressed on its own, as a static host sends them (what a visitor
// downloads); and that with every lazy piece in one file (what the coarsest
// split would send). Run by bench/split_cost.sh; prints figures, asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [wholeWasm, wholeJs, dist] = process.argv.slice(2);
const br = (buf) => zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const read = (f) => fs.readFileSync(f);
const whole = [read(wholeWasm), read(wholeJs)];
const glue = fs.readdirSync(dist).find((f) => /^campaign-planner-[0-9a-f]{16}\.js$/.test(f));
const app = glue.replace(/\.js$/, '');
const lazy = (f) => /^(split|chunk)_.+\.wasm$/.test(f);
const names = fs.readdirSync(dist)
  .filter((f) => f === glue || f === `${app}_bg.wasm` || f === `${app}-chunks.js` || lazy(f)).sort();
const pieces = names.map((f) => read(path.join(dist, f)));
const sum = (xs) => xs.reduce((a, x) => a + x, 0);
const kb = (n) => (n / 1000).toFixed(1);
const more = (a, b) => `${a >= b ? '+' : '−'}${(Math.abs(a / b - 1) * 100).toFixed(1)} %`;
// Every lazy piece (the chunks and the pages' own pieces) joined in one file
// beside the frame and its glue: near the least any split that keeps the
// first screen apart can send, since each further file compresses alone.
// Joined bytes, not a merged module, so an estimate.
const apart = pieces.filter((_, i) => !lazy(names[i]));
const joined = Buffer.concat(pieces.filter((_, i) => lazy(names[i])));
const rows = [
  ['raw bytes', sum(whole.map((b) => b.length)), sum(pieces.map((b) => b.length))],
  ['brotli, the pieces as one stream', br(Buffer.concat(whole)), br(Buffer.concat(pieces))],
  ['brotli, each file on its own (as sent)', sum(whole.map(br)), sum(pieces.map(br))],
  ['brotli, as sent if every lazy piece were one file (estimate)', sum(whole.map(br)), sum(apart.map(br)) + br(joined)],
];
console.log(`\n| the split's cost (target ≤ +10 %) | built whole (wasm + glue) | split (${pieces.length} files) | more |\n|---|---:|---:|---:|`);
for (const [label, a, b] of rows) console.log(`| ${label} | ${kb(a)} KB | ${kb(b)} KB | ${more(b, a)} |`);
