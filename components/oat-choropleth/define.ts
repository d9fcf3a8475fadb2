import { define } from '../shared/oat-element.js';
import { OatChoropleth } from './oat-choropleth.js';

define('oat-choropleth', OatChoropleth);

declare global {
  interface HTMLElementTagNameMap {
    'oat-choropleth': OatChoropleth;
  }
}
