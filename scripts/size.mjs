#!/usr/bin/env node
// Checks the size budget of the built files (run after `npm run build`): fails when a file is over.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/**
 * Budgets in bytes, gzipped. A `folder` budget holds for every file in it, and is measured on the largest:
 * a page fetches one of them (the trend file of the area it shows, the neighbour list it uses).
 */
export const BUDGETS = [
  { file: 'dist/oat.js', limit: 40 * 1024, what: 'the one-file bundle (every element; the maps fetch their drawing code when used)' },
  { file: 'dist/oat-snapshot.json', limit: 60 * 1024, what: 'the snapshot data one assessment loads' },
  { file: 'dist/oat-boundaries-utla-2023.json', limit: 150 * 1024, what: 'the boundaries, loaded only with a choropleth' },
  { folder: 'dist/oat-trends', limit: 30 * 1024, what: 'the trend data a page fetches when a trend is shown: one file per area, the largest measured' },
  { folder: 'dist/oat-neighbours', limit: 10 * 1024, what: 'a list of statistical neighbours, fetched only for a neighbour comparison; the largest measured' },
];

const root = fileURLToPath(new URL('..', import.meta.url));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A folder budget as the budget of its largest file (gzipped), named with how many files there are. */
function largestIn(budget) {
  const folder = `${root}${budget.folder}`;
  const names = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.json')) : [];
  if (!names.length) return { ...budget, file: `${budget.folder}/` };
  const sized = names.map((name) => ({ name, gzip: gzipSync(readFileSync(`${folder}/${name}`), { level: 9 }).length }));
  const largest = sized.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  return { ...budget, file: `${budget.folder}/${largest.name}`, what: `${budget.what} (of ${names.length})` };
}

/** Measures every budgeted file; returns the rows and whether all are within budget. */
export function measure() {
  const rows = [];
  for (const listed of BUDGETS) {
    const budget = listed.folder ? largestIn(listed) : listed;
    const path = `${root}${budget.file}`;
    if (!existsSync(path)) {
      rows.push({ ...budget, missing: true, ok: Boolean(budget.optional) });
      continue;
    }
    const raw = readFileSync(path);
    const gzip = gzipSync(raw, { level: 9 }).length;
    rows.push({ ...budget, raw: raw.length, gzip, ok: gzip <= budget.limit });
  }
  return { rows, ok: rows.every((row) => row.ok) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, ok } = measure();
  for (const row of rows) {
    if (row.missing) {
      console.log(`${row.ok ? '-' : '✗'} ${row.file}: missing${row.ok ? ' (optional)' : ' – run npm run build first'}`);
      continue;
    }
    console.log(`${row.ok ? '✓' : '✗'} ${row.file}: ${kb(row.gzip)} gzipped (${kb(row.raw)} raw), budget ${kb(row.limit)} – ${row.what}`);
  }
  if (!ok) {
    console.error('\nOver budget.');
    process.exit(1);
  }
}
