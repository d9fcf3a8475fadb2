/**
 * Entry of the one-file bundle `dist/oat.js`: registers every element and exports the library, for
 * pages that load it with a single `<script type="module">`.
 */
import './define-all.js';
export * from './index.js';
