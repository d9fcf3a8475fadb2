import { aTimeout, expect, fixture, fixtureSync, html } from '@open-wc/testing';
import './define.js';
import type { OatDomain } from './oat-domain.js';
import { SnapshotSource } from '../../src/sources/snapshot.js';
import { compare } from '../../src/stats/compare.js';
import { CATALOGUE } from '../../indicators/catalogue.js';
import { settled, shadowText, watchErrors } from '../../test/browser/helpers.js';
import { ScriptedSource } from '../../test/browser/scripted-source.js';

async function show(domain: string, area: string, width = 1200): Promise<OatDomain> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}><oat-domain domain=${domain} area=${area}></oat-domain></div>`);
  const element = wrapper.querySelector('oat-domain')!;
  await settled(element);
  return element;
}

const rows = (element: OatDomain) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part="row"]')];
const cells = (row: HTMLElement) => [...row.querySelectorAll('[role="cell"]')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());

describe('<oat-domain>', () => {
  it('lists every indicator of the domain in the catalogue’s order, with a heading and explanation', async () => {
    const element = await show('stressful-circumstances', 'E09000008');
    const expected = CATALOGUE.filter((entry) => entry.domain === 'stressful-circumstances').map((entry) => entry.slug);
    expect(rows(element).map((row) => row.dataset.indicator)).to.deep.equal(expected);
    expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Stressful circumstances');
    expect(shadowText(element)).to.contain('press on parents from outside');
  });

  it('shows the snapshot figures and the statistics core’s verdicts for three real areas', async () => {
    const source = new SnapshotSource();
    for (const area of ['E06000009', 'E09000008', 'E08000037']) {
      const element = await show('children-outcomes', area);
      for (const row of rows(element)) {
        const slug = row.dataset.indicator!;
        const definition = CATALOGUE.find((entry) => entry.slug === slug)!;
        const [local, england] = await source.observations({ indicators: [slug], areas: [area, 'E92000001'] });
        expect(row.dataset.verdict, `${slug} ${area}`).to.equal(compare(local, england, definition.publishedPolarity, definition.unit).verdict);
      }
    }
    const gateshead = await show('children-outcomes', 'E08000037');
    const readiness = rows(gateshead).find((row) => row.dataset.indicator === 'school-readiness')!;
    expect(cells(readiness).slice(0, 3)).to.deep.equal(['66.4%', '68.3%', 'Lower than England (not tested)']);
  });

  it('summarises how many indicators are significantly worse than England', async () => {
    const element = await show('stressful-circumstances', 'E09000008');
    // Croydon: overcrowding 10.4% against 4.4% is significantly worse; poverty has no interval; two have no data.
    expect(element.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal(
      'Croydon: 1 of 4 significantly worse than England; 1 not tested; 2 with no data.',
    );
  });

  it('gives every chart a text equivalent and can show the figures as a table instead', async () => {
    const element = await show('individual-vulnerabilities', 'E06000009');
    const chart = element.shadowRoot!.querySelector('[data-indicator="children-in-need"] svg[role="img"]')!;
    expect(chart.getAttribute('aria-label')).to.match(/^Blackpool: 606\.1 per 10,000 \(95% confidence interval .* to .*\)\. England: 330\.3 per 10,000\. Across 153 councils the lowest is/);
    const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(element.shadowRoot!.querySelector('svg[role="img"]')).to.equal(null);
    const headers = [...element.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.trim());
    expect(headers).to.include.members(['95% confidence interval', 'Lowest', '25th percentile', '75th percentile', 'Highest']);
    await expect(element).to.be.accessible();
  });

  for (const width of [320, 1200]) {
    it(`is accessible at ${width}px with data`, async () => {
      const element = await show('family-relationships', 'E08000037', width);
      await expect(element).to.be.accessible();
    });
  }

  it('is accessible while loading and says what it is loading', async () => {
    const source = new ScriptedSource();
    source.hold();
    const element = fixtureSync<OatDomain>(html`<oat-domain domain="children-outcomes" area="E09000008" .dataSource=${source}></oat-domain>`);
    await aTimeout(0);
    expect(element.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    await expect(element).to.be.accessible();
    source.release();
    await settled(element);
    expect(rows(element)).to.have.length(10);
  });

  it('explains an unknown domain and suggests the closest, without an uncaught error', async () => {
    const watch = watchErrors();
    const element = await show('children-outcome', 'E09000008');
    watch.stop();
    expect(element.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Did you mean “children-outcomes”?');
    expect(watch.errors).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('uses the heading level it is given', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><oat-domain domain="children-outcomes" area="E09000008" heading-level="4"></oat-domain></div>`);
    const element = wrapper.querySelector('oat-domain')!;
    await settled(element);
    expect(element.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('4');
  });
});
