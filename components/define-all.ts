/** Registers every element. Safe to load twice. */
import './oat-indicator/define.js';
import './oat-assessment/define.js';
