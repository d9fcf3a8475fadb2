import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A rollup plugin that ships a folder of data files (the per-area trend files, the neighbour lists) beside
 * the output, as `<into>/<name>.json`, and points the module that names the folder – through
 * `new URL('…/', import.meta.url).href` – at the copy, by way of the first file's own URL. The files are
 * never inlined into the JavaScript, and are found wherever the bundle is served from.
 */
export function dataFolder({ from, into, module }) {
  let anchor;
  return {
    name: 'oat-data-folder',
    buildStart() {
      const names = readdirSync(from)
        .filter((name) => name.endsWith('.json'))
        .sort();
      if (!names.length) this.error(`${from} holds no .json files to ship`);
      anchor = undefined;
      for (const name of names) {
        const reference = this.emitFile({ type: 'asset', fileName: `${into}/${name}`, source: readFileSync(join(from, name)) });
        anchor ??= reference;
      }
    },
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith(module)) return null;
      const pattern = /new URL\((['"])[^'"]+\/\1,\s*import\.meta\.url\)\.href/;
      if (!pattern.test(code)) this.error(`${module} no longer has the folder URL the build rewrites`);
      return { code: code.replace(pattern, `new URL('./', import.meta.ROLLUP_FILE_URL_${anchor}).href`), map: null };
    },
  };
}
