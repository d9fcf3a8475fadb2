import { define } from '../shared/oat-element.js';
import { OatComparison } from './oat-comparison.js';

define('oat-comparison', OatComparison);

declare global {
  interface HTMLElementTagNameMap {
    'oat-comparison': OatComparison;
  }
}
