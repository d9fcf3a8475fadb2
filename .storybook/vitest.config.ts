/**
 * Every story as a test, in headless Chromium: `npm run test:stories`.
 *
 * @storybook/addon-vitest turns each story into a Vitest test (it renders, its `play` function runs, and
 * axe checks the result because preview.ts sets `a11y: { test: 'error' }`); `vitest.setup.ts` adds the
 * rule that a console error fails the story. The browser is the system's Chromium, found as every other
 * test here finds it: Playwright is used as a library only and never downloads a browser.
 */
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const configDir = fileURLToPath(new URL('.', import.meta.url));
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/chromium.mjs --ensure` or set CHROME_PATH.');

export default defineConfig({
  test: {
    // Vitest's usual report, then one line with the number of stories run (.storybook/stories-summary.ts).
    reporters: ['default', fileURLToPath(new URL('stories-summary.ts', import.meta.url))],
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir, storybookUrl: 'http://localhost:6006' })],
        test: {
          name: 'storybook',
          setupFiles: [fileURLToPath(new URL('vitest.setup.ts', import.meta.url))],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
            // Screenshots of failures would land in the stories folder; the output says enough.
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
