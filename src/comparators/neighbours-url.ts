/**
 * The folder of statistical-neighbour lists. In the repository it is indicators/neighbours/; the rollup
 * build copies the lists beside the bundle (oat-neighbours/) and rewrites this to that folder.
 */
export const NEIGHBOURS_FOLDER: string = new URL('../../indicators/neighbours/', import.meta.url).href;
