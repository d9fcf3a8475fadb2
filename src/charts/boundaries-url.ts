/**
 * Where the choropleth's boundary file is. In the repository this points at indicators/; the rollup
 * build rewrites it to the copy placed beside the bundle, so it is found relative to the script's own
 * address, whatever page loads it. Only the lazily loaded map code imports this module.
 */
export const BOUNDARIES_URL: string = new URL('../../indicators/boundaries-utla-2023.json', import.meta.url).href;
