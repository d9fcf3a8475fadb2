import { define } from '../shared/oat-element.js';
import { OatAssessment } from './oat-assessment.js';

define('oat-assessment', OatAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'oat-assessment': OatAssessment;
  }
}
