import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { mockFingertipsMiddleware } from './test/mock-fingertips/handler.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/chromium.mjs --ensure` or set CHROME_PATH.');

/**
 * `emulateMedia` from @web/test-runner-commands ignores forced colours on the Chrome launcher, so this
 * command switches Windows-style forced-colours mode on and off through the page's media features.
 */
function forcedColoursPlugin() {
  return {
    name: 'oat-forced-colours',
    async executeCommand({ command, payload, session }) {
      if (command !== 'oat-forced-colours') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return true;
    },
  };
}

export default {
  files: ['src/**/*.test.ts', 'components/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), forcedColoursPlugin()],
  // A stand-in Fingertips API at /mock-fingertips/ (see test/mock-fingertips/handler.mjs), so live-data tests never touch the network.
  middleware: [mockFingertipsMiddleware()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } })],
  testFramework: { config: { timeout: 10000 } },
  // One page at a time: a page in the background gets no animation frames, which open-wc fixtures wait for.
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
};
