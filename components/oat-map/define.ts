import { define } from '../shared/oat-element.js';
import { OatMap, type IndicatorSelectDetail } from './oat-map.js';

define('oat-map', OatMap);

declare global {
  interface HTMLElementTagNameMap {
    'oat-map': OatMap;
  }
  interface HTMLElementEventMap {
    'oat-indicator-select': CustomEvent<IndicatorSelectDetail>;
  }
}
