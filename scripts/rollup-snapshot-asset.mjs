import { readFileSync } from 'node:fs';

/**
 * A rollup plugin that ships the embedded snapshot as a separate file beside the output and points
 * `src/sources/snapshot-url.ts` at it through `import.meta.url`, so the data is never inlined into the
 * JavaScript and is found wherever the bundle is served from.
 */
export function snapshotAsset({ from, fileName, module = 'src/sources/snapshot-url.ts' }) {
  let reference;
  return {
    name: 'oat-snapshot-asset',
    buildStart() {
      reference = this.emitFile({ type: 'asset', fileName, source: readFileSync(from) });
    },
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith(module)) return null;
      const pattern = /new URL\((['"])[^'"]+\.json\1,\s*import\.meta\.url\)\.href/;
      if (!pattern.test(code)) this.error(`${module} no longer has the snapshot URL the build rewrites`);
      return { code: code.replace(pattern, `import.meta.ROLLUP_FILE_URL_${reference}`), map: null };
    },
  };
}
