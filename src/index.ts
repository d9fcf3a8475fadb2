/**
 * The non-visual core: the model, statistics, formatting and data sources. No side effects; no DOM.
 */
export * from './model.js';
export * from './stats/index.js';
export * from './format/index.js';
export { SnapshotSource, type SnapshotSourceOptions } from './sources/snapshot.js';
export { SourceError, UnknownAreaError, UnknownIndicatorError } from './sources/errors.js';
export { configure, defaultSource, sourceNamed, type CacheMode, type OatConfiguration } from './sources/registry.js';
export { BatchingSource } from './sources/batching.js';
export { FingertipsSource, type FingertipsSourceOptions } from './sources/fingertips/fingertips-source.js';
export { FingertipsError } from './sources/fingertips/client.js';
export { clearFingertipsCache } from './sources/fingertips/cache.js';
export { CouncilSource, clearCouncilFileCache, type CouncilSourceOptions } from './sources/council/council-source.js';
export type { Problem } from './sources/council/parse-rows.js';
export { loadIndicatorView, indicatorView, type IndicatorView } from './view-models/indicator-view.js';
export { loadAssessmentView, type AssessmentView, type DomainView } from './view-models/assessment-view.js';
export { resolveArea, resolveIndicator } from './view-models/lookup.js';
export { CATALOGUE, findIndicator } from './catalogue/catalogue.js';
export { DOMAINS, findDomain, type DomainDefinition } from './catalogue/domains.js';
export { soWhatView, SO_WHAT_QUESTIONS, type SoWhatView, type SoWhatQuestion, type Citation, type PilotExample } from './view-models/so-what-view.js';
export { figuresCsv, figuresFileName, neutralise, CSV_COLUMNS } from './view-models/figures-csv.js';
export { AreaNotes, NOTES_FORMAT, NOTES_VERSION, type NoteStorage } from './notes/notes.js';
export { checkNotesFile, notesFileName, notesFileText, readNotesFile, type NotesFile, type NotesOutcome } from './notes/notes-file.js';
export { TOOL_CREDIT } from './view-models/credit.js';
export { comparatorView, addComparators, type ComparatorView, type ComparatorChoice, type NeighbourRow } from './view-models/comparator-view.js';
export { loadTrendView, trendView, type TrendView, type TrendRow } from './view-models/trend-view.js';
export { loadNeighbourList, neighbourListId, comparatorOf } from './comparators/load.js';
export { COMPARATORS, NEIGHBOUR_LISTS, DEFAULT_NEIGHBOUR_LIST, type Comparator, type NeighbourListId, type NeighbourListFile } from './comparators/format.js';
export { loadTrends, type LoadedTrends } from './trends/load.js';
export { readTrend, seriesBreaks, type TrendReading, type TrendBreak } from './trends/series.js';
export { proportionTrend, intervalTrend, TREND_POINTS, TREND_CHI_SQUARED, type TrendTest } from './stats/trend.js';
export { averageOf, rankAmong, type Rank, type Average } from './stats/rank.js';
