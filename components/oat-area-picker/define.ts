import { define } from '../shared/oat-element.js';
import { OatAreaPicker } from './oat-area-picker.js';

define('oat-area-picker', OatAreaPicker);

declare global {
  interface HTMLElementTagNameMap {
    'oat-area-picker': OatAreaPicker;
  }
}
