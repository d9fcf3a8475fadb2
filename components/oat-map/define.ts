import { define } from '../shared/oat-element.js';
import { OatMap } from './oat-map.js';
import '../shared/events.js';

define('oat-map', OatMap);

declare global {
  interface HTMLElementTagNameMap {
    'oat-map': OatMap;
  }
}
