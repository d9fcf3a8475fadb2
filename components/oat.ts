/**
 * Entry of the one-file bundle `dist/oat.js`, for pages that load it with a single
 * `<script type="module">`: registers every element. The maps' code, the live and council-file
 * sources are separate files beside it, fetched only by pages that use them.
 */
import './oat-provider/define.js';
import './oat-area-picker/define.js';
import './oat-indicator/define.js';
import './oat-domain/define.js';
import './oat-assessment/define.js';
import { defineWhenUsed } from './shared/lazy-define.js';

/** Fetches the opportunity map's code now, for a map created inside a shadow root. */
export const loadOatMap = defineWhenUsed('oat-map', async () => (await import('./oat-map/oat-map.js')).OatMap);

/** Fetches the "so what?" section's code now, for one created inside a shadow root. */
export const loadOatSoWhat = defineWhenUsed('oat-so-what', async () => (await import('./oat-so-what/oat-so-what.js')).OatSoWhat);

/** Fetches the trend's code now, for one created inside a shadow root. */
export const loadOatTrend = defineWhenUsed('oat-trend', async () => (await import('./oat-trend/oat-trend.js')).OatTrend);

/** Fetches the comparison's code now, for one created inside a shadow root. */
export const loadOatComparison = defineWhenUsed('oat-comparison', async () => (await import('./oat-comparison/oat-comparison.js')).OatComparison);

/** Fetches the choropleth's code now, for a choropleth created inside a shadow root. */
export const loadOatChoropleth = defineWhenUsed('oat-choropleth', async () => (await import('./oat-choropleth/oat-choropleth.js')).OatChoropleth);

export { configure, defaultSource, type OatConfiguration } from '../src/sources/registry.js';
export { OatProvider } from './oat-provider/oat-provider.js';
export { OatAreaPicker } from './oat-area-picker/oat-area-picker.js';
export { OatIndicator } from './oat-indicator/oat-indicator.js';
export { OatDomain } from './oat-domain/oat-domain.js';
export { OatAssessment } from './oat-assessment/oat-assessment.js';
