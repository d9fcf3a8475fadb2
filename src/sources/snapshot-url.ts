/**
 * Where the embedded snapshot is. In the repository this points at indicators/; the rollup build
 * rewrites it to the copy of the file placed beside the bundle, so it is always found relative to
 * the script's own address, whatever page loads it.
 */
export const SNAPSHOT_URL: string = new URL('../../indicators/snapshot.json', import.meta.url).href;
