import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * The boundary file the choropleth draws: TopoJSON in longitude/latitude (WGS84), quantised, with
 * two objects that share their arcs – `utla`, England's upper-tier local authorities, and `region`,
 * the nine regions dissolved from them – plus the vintage and the attribution the licence asks for.
 */
export const BOUNDARIES_FORMAT = 'oat-boundaries/1';

/** Properties kept for each authority: its name and the code of its region. The ONS code is the geometry's `id`. */
export interface AuthorityProperties {
  name: string;
  region: string;
}

/** Properties kept for each region: its name. The ONS code is the geometry's `id`. */
export interface RegionProperties {
  name: string;
}

export interface BoundaryObjects {
  [key: string]: GeometryCollection<AuthorityProperties> | GeometryCollection<RegionProperties>;
  utla: GeometryCollection<AuthorityProperties>;
  region: GeometryCollection<RegionProperties>;
}

/** The whole file: a TopoJSON topology with a few members of its own. */
export type BoundaryFile = Topology<BoundaryObjects> & {
  format: typeof BOUNDARIES_FORMAT;
  /** Which boundaries these are, e.g. "Counties and unitary authorities, April 2023 (ONS, December 2023 BSC)". */
  vintage: string;
  /** The attribution to show wherever the map appears. */
  attribution: string;
  /** The licence's name. */
  licence: string;
};
