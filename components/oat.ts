/**
 * Entry of the one-file bundle `dist/oat.js`, for pages that load it with a single
 * `<script type="module">`: registers every element. The live and council-file sources, and the
 * choropleth's map code, are separate files beside it, fetched only by pages that use them.
 */
import './define-all.js';
export { configure, defaultSource, type OatConfiguration } from '../src/sources/registry.js';
export { OatProvider } from './oat-provider/oat-provider.js';
export { OatAreaPicker } from './oat-area-picker/oat-area-picker.js';
export { OatIndicator } from './oat-indicator/oat-indicator.js';
export { OatDomain } from './oat-domain/oat-domain.js';
export { OatAssessment } from './oat-assessment/oat-assessment.js';
