import { define } from '../shared/oat-element.js';
import { OatProvider } from './oat-provider.js';

define('oat-provider', OatProvider);

declare global {
  interface HTMLElementTagNameMap {
    'oat-provider': OatProvider;
  }
}
