import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import type { Plugin } from 'vite';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MANIFEST = join(ROOT, 'custom-elements.json');
const COMPONENTS = join(ROOT, 'components');

/** Element sources the manifest is analysed from (the same set `npm run analyze` reads). */
function isElementSource(file: string): boolean {
  return file.endsWith('.ts') && !/\.(stories|test|styles)\.ts$/.test(file);
}

function newestElementSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestElementSource(path));
    else if (isElementSource(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The args tables come from custom-elements.json, which `npm run analyze` writes and git ignores.
 * Write it before Storybook starts when it is missing or older than the elements, so `storybook dev`
 * and `storybook build` work from a clean checkout; `npm run analyze` stays the one definition of
 * what is analysed.
 */
function ensureManifest(): void {
  if (existsSync(MANIFEST) && statSync(MANIFEST).mtimeMs >= newestElementSource(COMPONENTS)) return;
  console.log('custom-elements.json is missing or out of date: running `npm run analyze`.');
  const result = spawnSync('npm', ['run', '--silent', 'analyze'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error('`npm run analyze` failed, so Storybook has no custom-elements.json to build its args tables from.');
  }
}

/**
 * In `storybook dev`, analyses the elements again when one of them is saved, so the args tables follow
 * the JSDoc without a restart (Vite then reloads the manifest that preview.ts imports).
 */
function reanalyseOnSave(): Plugin {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    spawn('npm', ['run', '--silent', 'analyze'], { cwd: ROOT, stdio: 'ignore' }).on('close', () => {
      running = false;
      if (again) {
        again = false;
        run();
      }
    });
  };
  return {
    name: 'oat-reanalyse-elements',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (file.startsWith(COMPONENTS + sep) && isElementSource(file)) {
          clearTimeout(timer);
          timer = setTimeout(run, 300);
        }
      });
    },
  };
}

ensureManifest();

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // The guides in stories/ use Markdown tables, which MDX reads only with GitHub-flavoured Markdown.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  // Real council files (test/fixtures/council/README.md) for the stories of a council's own source:
  // `source="/council/cumberland-districts.csv"` and `/council/children-in-need-starts.json`.
  // The per-area trend files and the neighbour lists, which src/trends/trends-url.ts and
  // src/comparators/neighbours-url.ts find as folders beside the code (Vite copies no folder itself).
  staticDirs: [
    { from: '../test/fixtures/council', to: '/council' },
    { from: '../indicators/trends', to: '/indicators/trends' },
    { from: '../indicators/neighbours', to: '/indicators/neighbours' },
  ],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // Without this Vite pre-bundles Lit more than once in dev and elements register against two copies.
      // The stories' own Lit directives are listed too: one found late makes Vite reload the page
      // mid-run, which fails the stories being tested at that moment.
      optimizeDeps: {
        include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directives/if-defined.js', 'lit/directives/ref.js', '@lit/task'],
      },
      // The embedded snapshot (indicators/snapshot.json) needs nothing here: src/sources/snapshot-url.ts
      // finds it with `new URL(…, import.meta.url)`, which Vite serves from the project in dev and
      // copies into the build's assets with a hashed name.
      plugins: [reanalyseOnSave()],
      // Storybook's own docs renderer is a chunk of about 1 MB; ours are far below this.
      build: { chunkSizeWarningLimit: 1536 },
    });
  },
};

export default config;
