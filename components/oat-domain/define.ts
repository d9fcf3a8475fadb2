import { define } from '../shared/oat-element.js';
import { OatDomain } from './oat-domain.js';

define('oat-domain', OatDomain);

declare global {
  interface HTMLElementTagNameMap {
    'oat-domain': OatDomain;
  }
}
