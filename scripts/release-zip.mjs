#!/usr/bin/env node
// Builds release/oat-elements-<version>.zip: the files a web page needs from dist/ (the one-file bundle,
// the chunks it fetches, the data with its trend and neighbour folders, the iframe page, the snippet builder, the stylesheets), the licences
// and README-editors.txt – and nothing for bundlers (index.js, define.js, lib/, types/).
// Run `npm run release:zip` (it builds first). Writes the zip itself with node:zlib: no dependency.
import { deflateRawSync, crc32 } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The files of dist/ a page needs, by name: the bundle's own files, the pages, their styles and data. */
export function pageFiles(names) {
  const wanted = (name) => /^oat(-.*)?\.(js|json|css)$/.test(name) || ['embed.js', 'builder.js', 'embed.html', 'builder.html'].includes(name);
  return names.filter(wanted).sort();
}

/** The folders of dist/ whose data files a page fetches when used: one trend file per area, the neighbour lists. */
export const DATA_FOLDERS = ['oat-trends', 'oat-neighbours'];

/** Writes a zip archive (deflated entries, no directories) of `[name, bytes]` pairs. */
export function zip(entries, date = new Date()) {
  const time = ((date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1)) & 0xffff;
  const day = (((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate()) & 0xffff;
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 * 0x10000) >>> 0, 38); // a plain readable file
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Builds the archive from dist/ and returns its path and the names inside it. */
export function releaseZip() {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'oat.js'))) throw new Error('dist/oat.js is missing: run npm run build first.');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const folder = `oat-elements-${version}`;
  const names = [
    ...pageFiles(readdirSync(dist)),
    ...DATA_FOLDERS.flatMap((data) =>
      readdirSync(join(dist, data))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => `${data}/${name}`),
    ),
  ];
  const entries = names.map((name) => [`${folder}/${name}`, readFileSync(join(dist, name))]);
  const readme = readFileSync(join(root, 'docs', 'README-editors.txt'), 'utf8').replaceAll('{version}', version);
  entries.push([`${folder}/README-editors.txt`, Buffer.from(readme, 'utf8')]);
  for (const name of ['LICENSE', 'DATA-LICENCE.md']) entries.push([`${folder}/${name}`, readFileSync(join(root, name))]);
  mkdirSync(join(root, 'release'), { recursive: true });
  const path = join(root, 'release', `${folder}.zip`);
  writeFileSync(path, zip(entries));
  return { path, names: entries.map(([name]) => name) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { path, names } = releaseZip();
  console.log(`Wrote ${path.slice(root.length)} with ${names.length} files:\n  ${names.join('\n  ')}`);
}
