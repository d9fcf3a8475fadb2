/**
 * What the Node tests of the built files do in a page: wait for the oat-* elements to finish, and run
 * axe. Page scripts are strings: the test runner's TypeScript loader decorates named functions with a
 * helper pages do not have.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { REPO_ROOT } from '../../scripts/snapshot/shared-path.js';

/** Waits for every oat-* element on the page, and those inside them, to finish loading, then for two frames. */
export const settle = (page: Page | Frame) =>
  page.evaluate(`(async () => {
    const all = (root) => [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('oat-'));
    for (let round = 0; round < 3; round++) {
      const found = [...all(document), ...all(document).flatMap((e) => (e.shadowRoot ? all(e.shadowRoot) : []))];
      await Promise.all(found.map((e) => e.updateComplete));
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  })()`);

/** Runs axe (WCAG 2.2 A and AA) on the page, shadow roots included, and returns its violations as short lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8') });
  return (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } })
    .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.any[0]?.message ?? '')).join(' | ')))`)) as string[];
}
