// Usage: node scripts/bundle-size.mjs <distDir> <gzipBudgetKB>   (after `vite build --manifest`)
// Sizes the JS that opening the portal loads: the entry chunk, the chunks the entry imports dynamically
// at start-up (main.tsx puts the whole app behind `import('./app/app')`), and all their static imports.
// Left out: the fake Octopus (dynamic imports of mocks/**, i.e. the MSW chunk) and lazy chunks further
// down (route-level import()). index.html alone is not enough: it lists only the entry's static imports.
// Prints raw and gzip size per chunk (kB = 1000 B; gzip is zlib level 6, Vite's own figure differs by
// about 1%) and exits 1 over budget.
// The budget (package.json, 225 kB): measured 2026-11-22 at 218 kB, of which React 64, MUI 76, zod 27 and
// router + react-query + shared components 36; the app's own code is under 15. If it must shrink, zod/mini
// (same schemas, functional API) is the biggest lever left.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [distArg, budgetArg] = process.argv.slice(2);
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
const isMock = (key) => key.startsWith('mocks/') || key.includes('node_modules/msw/');

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

console.log(
  `${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)}  initial JS (${relative(process.cwd(), dist) || '.'})`,
);
for (const row of rows) console.log(`${kB(row.raw)} ${kB(row.gzip)}  ${row.file}`);
console.log(
  `${kB(total('raw'))} ${kB(total('gzip'))}  total; budget ${budgetKB} kB gzip: ${over ? 'OVER BUDGET' : 'ok'}`,
);
process.exit(over ? 1 : 0);
