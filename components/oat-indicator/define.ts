import { define } from '../shared/oat-element.js';
import { OatIndicator } from './oat-indicator.js';

define('oat-indicator', OatIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'oat-indicator': OatIndicator;
  }
}
