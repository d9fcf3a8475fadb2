/**
 * The folder of per-area trend files. In the repository it is indicators/trends/; the rollup build
 * copies the files beside the bundle (oat-trends/) and rewrites this to that folder, so they are found
 * relative to the script's own address, whatever page loads it.
 */
const folder = new URL('../../indicators/trends/', import.meta.url).href;
// Vite (Storybook) drops a folder URL's last slash, which would resolve the files beside the folder.
export const TRENDS_FOLDER: string = folder.endsWith('/') ? folder : `${folder}/`;
