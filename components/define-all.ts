/** Registers every element. Safe to load twice. */
import './oat-provider/define.js';
import './oat-area-picker/define.js';
import './oat-indicator/define.js';
import './oat-domain/define.js';
import './oat-assessment/define.js';
import './oat-map/define.js';
import './oat-so-what/define.js';
import './oat-choropleth/define.js';
import './oat-trend/define.js';
import './oat-comparison/define.js';
