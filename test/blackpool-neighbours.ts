/**
 * Blackpool's DfE statistical neighbours of May 2025, closest first, as DfE's spreadsheet
 * (`sn_may_2025.xlsx`, sheet "LA SN Groups") lists them. The Node test of the neighbour lists reads the
 * spreadsheet and expects this list; the browser tests and stories expect the elements to show it.
 */
export const BLACKPOOL_NEIGHBOURS = [
  'Hartlepool',
  'Middlesbrough',
  'Sunderland',
  'Liverpool',
  'South Tyneside',
  'Redcar and Cleveland',
  'Rochdale',
  'Torbay',
  'Salford',
  'Stoke-on-Trent',
];
