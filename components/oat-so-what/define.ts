import { define } from '../shared/oat-element.js';
import { OatSoWhat } from './oat-so-what.js';

define('oat-so-what', OatSoWhat);

declare global {
  interface HTMLElementTagNameMap {
    'oat-so-what': OatSoWhat;
  }
}
