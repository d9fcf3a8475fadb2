/**
 * Chromium and the static server, as the Node tests of the built files start them: headless Chromium
 * with the project's flags, and a loopback server of the repository.
 */
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer, type StaticServer } from './static-server.js';

/** Headless Chromium with the project's flags. */
export const launchBrowser = (): Promise<Browser> => launchChromium();

/** Chromium and a static server of the repository, started together. */
export async function startBrowserAndServer(): Promise<{ browser: Browser; server: StaticServer }> {
  const [browser, server] = await Promise.all([launchBrowser(), startStaticServer()]);
  return { browser, server };
}

/** Closes what `startBrowserAndServer` started; either may be missing when starting failed. */
export async function closeBrowserAndServer({ browser, server }: { browser?: Browser; server?: StaticServer }): Promise<void> {
  await browser?.close();
  await server?.close();
}
