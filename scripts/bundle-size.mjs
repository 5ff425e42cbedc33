// Usage: node scripts/bundle-size.mjs <distDir> <gzipBudgetKB> [route module, e.g. src/features/x/page.tsx] [max files]
// (after `vite build --manifest`). Sizes the JS that opening the portal on that route loads: the entry chunk,
// the chunks the entry imports dynamically at start-up (main.tsx puts the whole app behind
// `import('./app/app')`), the route's own lazy chunk, and all their static imports. Left out: the fake
// Octopus (dynamic imports of mocks/**, i.e. the MSW chunk) and what loads only when used (dialogs, other
// routes). index.html alone is not enough: it lists only the entry's static imports.
// Prints raw and gzip size per chunk (kB = 1000 B; gzip is zlib level 6, Vite's own figure differs by
// about 1%) and exits 1 over budget.
// The budget lives in scripts/check-bundle.mjs, with its history.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [distArg, budgetArg, routeArg, maxFilesArg] = process.argv.slice(2);
// Over HTTP/1.1 a browser fetches ~6 files at a time from one server: many small files queue (vite.config.ts).
const maxFiles = maxFilesArg ? Number(maxFilesArg) : Infinity;
const budgetKB = Number(budgetArg);
if (!distArg || !Number.isFinite(budgetKB)) {
  console.error('usage: node scripts/bundle-size.mjs <distDir> <gzipBudgetKB>');
  process.exit(2);
}
const dist = resolve(distArg);
const manifestFile = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) {
  console.error(`bundle-size: ${manifestFile} not found; build with \`vite build --manifest\``);
  process.exit(2);
}
/** @type {Record<string, { file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
// Pages are dynamic imports of the entry too (main.tsx preloads the first one): only the route's own counts.
const isMock = (key) => key.startsWith('mocks/') || key.includes('node_modules/msw/') || key.startsWith('src/features/');

const initial = new Set();
const addWithStaticImports = (key) => {
  if (initial.has(key) || !manifest[key]) return;
  initial.add(key);
  manifest[key].imports?.forEach(addWithStaticImports);
};
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isEntry) continue;
  addWithStaticImports(key);
  chunk.dynamicImports?.filter((k) => !isMock(k)).forEach(addWithStaticImports);
}
if (routeArg) {
  if (!manifest[routeArg]) {
    console.error(`bundle-size: ${routeArg} is not a chunk of this build`);
    process.exit(2);
  }
  addWithStaticImports(routeArg);
}

const kB = (bytes) => (bytes / 1000).toFixed(1).padStart(8);
const rows = [...initial]
  .map((key) => manifest[key].file)
  .filter((file) => file.endsWith('.js'))
  .sort()
  .map((file) => {
    const code = readFileSync(join(dist, file));
    return { file, raw: code.length, gzip: gzipSync(code).length };
  });
const total = (field) => rows.reduce((sum, row) => sum + row[field], 0);
const over = total('gzip') / 1000 > budgetKB;
const tooMany = rows.length > maxFiles;

console.log(
  `${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)}  initial JS${routeArg ? ` of ${routeArg}` : ''} (${relative(process.cwd(), dist) || '.'})`,
);
for (const row of rows) console.log(`${kB(row.raw)} ${kB(row.gzip)}  ${row.file}`);
console.log(
  `${kB(total('raw'))} ${kB(total('gzip'))}  total; budget ${budgetKB} kB gzip: ${over ? 'OVER BUDGET' : 'ok'}`,
);
if (Number.isFinite(maxFiles)) console.log(`${rows.length} files; at most ${maxFiles}: ${tooMany ? 'TOO MANY' : 'ok'}`);
process.exit(over || tooMany ? 1 : 0);
