import { define } from '../shared/oat-element.js';
import { OatTrend } from './oat-trend.js';

define('oat-trend', OatTrend);

declare global {
  interface HTMLElementTagNameMap {
    'oat-trend': OatTrend;
  }
}
