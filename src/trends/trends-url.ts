/**
 * The folder of per-area trend files. In the repository it is indicators/trends/; the rollup build
 * copies the files beside the bundle (oat-trends/) and rewrites this to that folder, so they are found
 * relative to the script's own address, whatever page loads it.
 */
export const TRENDS_FOLDER: string = new URL('../../indicators/trends/', import.meta.url).href;
