// Vitest's configuration lives in .storybook/vitest.config.ts, beside the Storybook it tests (and
// type-checked with it). This file lets `npx vitest` and Storybook's own test panel find it.
export { default } from './.storybook/vitest.config.js';
