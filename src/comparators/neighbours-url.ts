/**
 * The folder of statistical-neighbour lists. In the repository it is indicators/neighbours/; the rollup
 * build copies the lists beside the bundle (oat-neighbours/) and rewrites this to that folder.
 */
const folder = new URL('../../indicators/neighbours/', import.meta.url).href;
// Vite (Storybook) drops a folder URL's last slash, which would resolve the files beside the folder.
export const NEIGHBOURS_FOLDER: string = folder.endsWith('/') ? folder : `${folder}/`;
