/**
 * The package's main entry: element classes (not registered) and the core. Import
 * `oat-elements/define.js` – or each `components/<name>/define.js` – to register the elements.
 */
export * from '../src/index.js';
export { OatElement, define } from './shared/oat-element.js';
export { OatIndicator } from './oat-indicator/oat-indicator.js';
export { OatAssessment, type AreaChangeDetail } from './oat-assessment/oat-assessment.js';
