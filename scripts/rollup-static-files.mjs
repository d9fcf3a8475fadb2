import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** A rollup plugin that copies plain files (pages, stylesheets) into the output beside the bundle. */
export function staticFiles(paths) {
  return {
    name: 'oat-static-files',
    buildStart() {
      for (const path of paths) {
        this.addWatchFile(path);
        this.emitFile({ type: 'asset', fileName: basename(path), source: readFileSync(path) });
      }
    },
  };
}
