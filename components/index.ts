/**
 * The package's main entry: element classes (not registered) and the core. Import
 * `oat-elements/define.js` – or each `components/<name>/define.js` – to register the elements.
 */
export * from '../src/index.js';
export { OatElement, OatHeadedElement, define } from './shared/oat-element.js';
export { OatProvider } from './oat-provider/oat-provider.js';
export { OatAreaPicker } from './oat-area-picker/oat-area-picker.js';
export { OatIndicator, INDICATOR_VIEWS, type IndicatorLayout } from './oat-indicator/oat-indicator.js';
export { OatDomain } from './oat-domain/oat-domain.js';
export { OatAssessment } from './oat-assessment/oat-assessment.js';
export type { AreaChangeDetail, IndicatorSelectDetail } from './shared/events.js';
export { OatMap } from './oat-map/oat-map.js';
export { OatSoWhat } from './oat-so-what/oat-so-what.js';
export { mapSvgBlob, mapPngBlob } from './oat-map/export.js';
export { OatTrend } from './oat-trend/oat-trend.js';
export { OatComparison, COMPARISON_VIEWS } from './oat-comparison/oat-comparison.js';
export {
  OatChoropleth,
  CHOROPLETH_COLOUR_BY,
  CHOROPLETH_SCALES,
  CHOROPLETH_ZOOMS,
  type ChoroplethColourBy,
  type ChoroplethZoom,
} from './oat-choropleth/oat-choropleth.js';
