/**
 * The non-visual core: the model, statistics, formatting and data sources. No side effects; no DOM.
 */
export * from './model.js';
export * from './stats/index.js';
export * from './format/index.js';
export { SnapshotSource, type SnapshotSourceOptions } from './sources/snapshot.js';
export { SourceError, UnknownAreaError, UnknownIndicatorError } from './sources/errors.js';
export { defaultSource } from './sources/registry.js';
export { loadIndicatorView, indicatorView, type IndicatorView } from './views/indicator-view.js';
export { loadAssessmentView, type AssessmentView, type DomainView } from './views/assessment-view.js';
export { resolveArea, resolveIndicator } from './views/lookup.js';
export { CATALOGUE, findIndicator } from '../indicators/catalogue.js';
export { DOMAINS as DOMAIN_DEFINITIONS, findDomain, type DomainDefinition } from '../indicators/domains.js';
