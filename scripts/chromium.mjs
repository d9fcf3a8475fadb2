#!/usr/bin/env node
// Finds a Chromium to run the tests in. Order: $CHROME_PATH, then chromium, chromium-browser,
// google-chrome on PATH. With --ensure and none found, installs Debian's `chromium` package when
// apt-get is usable; otherwise stops and says how to set CHROME_PATH. Never downloads a browser itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome'];

/** Flags Chromium needs to start headless as root on these machines without reaching out to Google. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : undefined;
}

/**
 * Starts headless Chromium with CHROMIUM_ARGS through puppeteer: for the Node tests of the built files,
 * the bench, the Storybook smoke test and the frame measurer.
 * @param {string | undefined} [executablePath] - the browser; found with findChromium() by default
 */
export async function launchChromium(executablePath = findChromium()) {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** @returns {string | undefined} the path of a Chromium-family browser, if one is installed. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not an executable file.`);
  }
  for (const name of CANDIDATES) {
    const path = onPath(name);
    if (path) return path;
  }
  return undefined;
}

function canUseApt() {
  if (!onPath('apt-get')) return false;
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function installWithApt() {
  console.log("No Chromium found: installing Debian's chromium package with apt-get (about a minute)...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

/** Returns a Chromium path, installing Debian's package if needed and possible; exits with advice otherwise. */
export function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  if (canUseApt()) {
    installWithApt();
    path = findChromium();
    if (path) return path;
  }
  console.error(
    'No Chromium or Chrome was found, and it could not be installed with apt-get.\n' +
      'Install Chromium (on Debian/Ubuntu: sudo apt-get install chromium) or point CHROME_PATH at one:\n' +
      '  CHROME_PATH=/path/to/chrome npm test',
  );
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = process.argv.includes('--ensure') ? ensureChromium() : findChromium();
  if (!path) {
    console.error('No Chromium found. Run with --ensure to install one, or set CHROME_PATH.');
    process.exit(1);
  }
  console.log(`Chromium: ${path}`);
}
