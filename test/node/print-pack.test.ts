/**
 * The print pack, printed to PDF by headless Chromium from the built bundle under the strict CSP, then
 * read back from the PDF itself: page 1 holds the summary (the opportunity map, the opportunities, the
 * "so what?" paragraph and the team's notes), no two pieces of text overlap on any page, no table
 * header is left at the foot of a page without its rows, no control is printed, and rows without data
 * stay short. Needs `npm run build` first (`npm run test:node` does it). Set OAT_PRINT_PACK_DIR to a
 * folder to keep the PDFs, to look at every page (e.g. with `pdftoppm -png`).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { REPO_ROOT } from '../../scripts/snapshot/shared-path.js';
import { STRICT_CSP, type StaticServer } from './static-server.js';
import { startBrowserAndServer, closeBrowserAndServer } from './browser.js';

const built = existsSync(join(REPO_ROOT, 'dist', 'oat.js'));

/** A piece of text on a PDF page, in points from the page's bottom left. */
interface TextBox {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  baseline: number;
}

interface PdfPage {
  boxes: TextBox[];
  /** The page's text in reading order, words on one line joined as they are drawn. */
  text: string;
}

/** Reads every page's text boxes with PDF.js (its Node build, with no rendering). */
async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data, verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    const boxes: TextBox[] = [];
    const seen = new Set<string>();
    let text = '';
    let last: TextBox | undefined;
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const [, , , d, e, f] = item.transform as number[];
      const size = Math.abs(d ?? item.height);
      const box = { text: item.str, x0: e!, x1: e! + item.width, y0: f! - 0.2 * size, y1: f! + 0.8 * size, baseline: f! };
      // A halo is the same text drawn twice in one place (outline, then fill): one box.
      const key = `${box.text}@${box.x0.toFixed(1)},${box.baseline.toFixed(1)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      boxes.push(box);
      const joined = last && Math.abs(last.baseline - box.baseline) < 1 && Math.abs(last.x1 - box.x0) < 1.5;
      text += `${last && !joined ? ' ' : ''}${box.text}`;
      last = box;
    }
    pages.push({ boxes, text: text.replace(/\s+/g, ' ') });
  }
  return pages;
}

/** Pairs of text boxes on a page that overlap by more than a point both ways. */
function overlaps(page: PdfPage): string[] {
  const found: string[] = [];
  const { boxes } = page;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (across > 1 && down > 1) found.push(`“${a.text}” and “${b.text}”`);
    }
  }
  return found;
}

const NOTES = {
  'question:fit': 'Our early help team sees this every week.',
  'indicator:children-in-need': 'Re-referrals up since 2023.',
};

/** Opens an assessment of `area` as a page under the strict CSP, with notes kept in its browser, and waits for every part. */
async function openAssessment(
  browser: Browser,
  server: StaticServer,
  area: string,
  notes: Record<string, string> = {},
): Promise<{ page: Page; problems: string[] }> {
  server.page(`/print-${area}.html`, {
    html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Print pack</title>
      <script type="module" src="/dist/oat.js"></script></head><body>
      <oat-assessment area="${area}"></oat-assessment></body></html>`,
    csp: STRICT_CSP,
  });
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon\.ico/.test(message.location().url ?? '')) problems.push(message.text());
  });
  await page.evaluateOnNewDocument(
    `localStorage.setItem('oat-elements:notes:v1:${area}', ${JSON.stringify(JSON.stringify({ notes }))});
     document.addEventListener('securitypolicyviolation', (event) => console.error('CSP violation: ' + event.violatedDirective));`,
  );
  await page.goto(`${server.url}/print-${area}.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(`customElements.get('oat-map') && customElements.get('oat-so-what')`);
  await page.evaluate(`(async () => {
    const all = (root) => [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('oat-'));
    for (let round = 0; round < 4; round++) {
      const found = [...all(document), ...all(document).flatMap((e) => (e.shadowRoot ? all(e.shadowRoot) : []))];
      await Promise.all(found.map((e) => e.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  })()`);
  return { page, problems };
}

async function printPack(page: Page, name: string): Promise<PdfPage[]> {
  await page.emulateMediaType('print');
  // Let the map settle into the width print gives it.
  await page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))`);
  const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' }, printBackground: true });
  const keep = process.env.OAT_PRINT_PACK_DIR;
  if (keep) {
    mkdirSync(keep, { recursive: true });
    writeFileSync(join(keep, `print-pack-${name}.pdf`), pdf);
  }
  return readPdf(new Uint8Array(pdf));
}

const CONTROLS = [
  'Download figures',
  'Print or save as PDF',
  'Show as table',
  'About this indicator',
  'Add a team note',
  'Edit team note',
  'Export notes',
  'Import notes',
  'Download SVG',
  'Download PNG',
  'Copy paragraph',
  'Choose an area',
  'Compare also with',
];

describe('the overlap check', () => {
  it('finds text drawn over other text, and not words side by side or lines one under another', () => {
    const box = (text: string, x0: number, baseline: number, width = 40, size = 10): TextBox => ({
      text,
      x0,
      x1: x0 + width,
      y0: baseline - 0.2 * size,
      y1: baseline + 0.8 * size,
      baseline,
    });
    assert.deepEqual(overlaps({ text: '', boxes: [box('Sources', 10, 100), box('v3.0', 30, 104)] }), ['“Sources” and “v3.0”']);
    assert.deepEqual(overlaps({ text: '', boxes: [box('Local Family O', 10, 100), box('ff', 50, 100), box('next line', 10, 88)] }), []);
  });
});

describe('the print pack', { skip: built ? false : 'dist/oat.js is missing: run npm run build first' }, () => {
  let browser: Browser;
  let server: StaticServer;

  before(async () => ({ browser, server } = await startBrowserAndServer()));
  after(() => closeBrowserAndServer({ browser, server }));

  it('for Blackpool: page 1 holds the summary, no text overlaps, no header is orphaned and no control is printed', async () => {
    const { page, problems } = await openAssessment(browser, server, 'E06000009', NOTES);
    // Rows without data stay short on paper: none is taller than the shortest row with data in its domain.
    const heights = (await page.evaluate(`(async () => {
      const result = [];
      for (const domain of document.querySelector('oat-assessment').shadowRoot.querySelectorAll('oat-domain')) {
        const rows = [...domain.shadowRoot.querySelectorAll('[part="row"]')];
        const height = (r) => r.getBoundingClientRect().height;
        const missing = rows.filter((r) => r.dataset.verdict === 'no-data').map(height);
        const present = rows.filter((r) => r.dataset.verdict !== 'no-data').map(height);
        if (missing.length) result.push({ domain: domain.domain, missing: Math.max(...missing), present: Math.min(...present) });
      }
      return result;
    })()`)) as { domain: string; missing: number; present: number }[];
    const pages = await printPack(page, 'blackpool');
    const first = pages[0]!.text;
    for (const expected of [
      'Opportunity assessment: Blackpool',
      'Based on the Local Family Offer Opportunity Assessment Tool by OnePlusOne and Innovation Unit',
      'Blackpool: where families face more pressure than', // the opportunity map's own title
      'How to read the map',
      'For a paper or briefing',
      'Blackpool’s families face more pressure than England’s on 12 of the 14 measures of pressure on families with figures',
      'More pressure on families than England',
      'Children faring worse than England',
      'Where Blackpool is better placed than England',
      'Emotional and mental health needs', // the last opportunity listed
      'Our early help team sees this every week.',
    ]) {
      assert.ok(first.includes(expected), `page 1 holds “${expected}”`);
    }
    assert.ok(!first.includes('Stressful circumstances Money worries'), 'the domains start after the summary page');
    const all = pages.map((p) => p.text).join(' ');
    assert.ok(pages.length <= 8, `${pages.length} pages`);
    assert.ok(all.includes('Team note: Re-referrals up since 2023.'), 'a row’s note is printed with its row');
    for (const control of CONTROLS) assert.ok(!all.includes(control), `“${control}” is not printed`);
    pages.forEach((p, index) => assert.deepEqual(overlaps(p), [], `text overlaps on page ${index + 1}`));
    // A column header is never the last thing on its page: rows follow it there.
    pages.forEach((p, index) => {
      const bottom = Math.min(...p.boxes.map((box) => box.y0));
      for (const header of p.boxes.filter((box) => box.text === 'Indicator' || box.text === 'Measure')) {
        assert.ok(header.y0 - bottom > 30, `a table header at the foot of page ${index + 1}`);
      }
    });
    for (const { domain, missing, present } of heights)
      assert.ok(missing <= present, `${domain}: a no-data row (${missing}px) is taller than a row with data (${present}px)`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('for Wokingham: page 1 reads as well placed', async () => {
    const { page, problems } = await openAssessment(browser, server, 'E06000041');
    const pages = await printPack(page, 'wokingham');
    const first = pages[0]!.text;
    assert.ok(first.includes('Wokingham’s families face more pressure than England’s on none of the 14 measures'), first.slice(0, 600));
    assert.ok(first.includes('Wokingham is better placed than England overall'));
    assert.ok(first.includes('None of the measures shows more pressure on Wokingham’s families than England’s.'));
    assert.ok(first.includes('Where Wokingham is better placed than England'));
    pages.forEach((p, index) => assert.deepEqual(overlaps(p), [], `text overlaps on page ${index + 1}`));
    assert.deepEqual(problems, []);
    await page.close();
  });
});
