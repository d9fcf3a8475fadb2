/**
 * The elements with each kind of data source, as a page would use them: live Fingertips (through the
 * mock server the test runner serves at /mock-fingertips/), the fallback to the snapshot when live
 * loading fails, and a council's own CSV and JSON files (test/fixtures/council, real published figures).
 */
import { aTimeout, expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../components/define-all.js';
import type { OatIndicator } from '../../components/oat-indicator/oat-indicator.js';
import type { OatProvider } from '../../components/oat-provider/oat-provider.js';
import type { OatDomain } from '../../components/oat-domain/oat-domain.js';
import type { OatAssessment } from '../../components/oat-assessment/oat-assessment.js';
import { clearFingertipsCache } from '../../src/sources/fingertips/cache.js';
import { CATALOGUE } from '../../indicators/catalogue.js';
import { partText, settled, shadowText, watchErrors } from './helpers.js';
import { eventually, faultApi, MOCK_API, mockRequests, resetMock } from './mock-fingertips.js';

const FIXTURES = '/test/fixtures/council';

async function indicator(attributes: Record<string, string>): Promise<OatIndicator> {
  const element = document.createElement('oat-indicator');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(element);
  await settled(element);
  return element;
}

describe('data sources in the elements', () => {
  beforeEach(async () => {
    clearFingertipsCache({ persistent: true });
    await resetMock();
  });

  it('shows live Fingertips figures and says where they came from', async () => {
    const element = await indicator({ source: 'fingertips', 'api-base': MOCK_API, indicator: 'looked-after-children', area: 'E09000008' });
    expect(partText(element, 'value')).to.equal('58 per 10,000');
    expect(partText(element, 'source')).to.contain('OHID Fingertips (live)');
    expect(element.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  for (const fault of ['500', 'html', 'truncated', 'empty']) {
    it(`falls back to the snapshot, and says so, when the live API fails (${fault})`, async () => {
      const watch = watchErrors();
      const element = await indicator({ source: 'fingertips', 'api-base': faultApi(fault), indicator: 'looked-after-children', area: 'E09000008' });
      watch.stop();
      expect(partText(element, 'notice')).to.match(/^Live data unavailable — showing figures from 1 December 2026\./);
      expect(partText(element, 'value')).to.equal('58 per 10,000');
      expect(watch.errors).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });
  }

  it('loads 40 elements under one live provider with exactly one request to Fingertips', async () => {
    const slugs = CATALOGUE.map((entry) => entry.slug);
    const provider = await fixture<OatProvider>(html`<oat-provider source="fingertips" api-base=${MOCK_API} area="E06000009">
      ${Array.from({ length: 40 }, (_, i) => html`<oat-indicator view="compact" indicator=${slugs[i % slugs.length]!}></oat-indicator>`)}
    </oat-provider>`);
    await settled(provider);
    await Promise.all([...provider.querySelectorAll('oat-indicator')].map((element) => settled(element)));
    const requests = await mockRequests();
    expect(requests.paths['/api/latest_data/specific_indicators_for_child_areas']).to.equal(1);
    expect(requests.total).to.equal(1);
  });

  it('keeps one request when the area changes mid-load, and shows the new area’s figures', async () => {
    const watch = watchErrors();
    const provider = fixtureSync<OatProvider>(html`<oat-provider source="fingertips" api-base=${faultApi('slow-800')} area="E09000008">
      <oat-indicator indicator="looked-after-children"></oat-indicator>
      <oat-indicator indicator="under-18-conceptions"></oat-indicator>
    </oat-provider>`);
    await eventually(async () => (await mockRequests()).total === 1, 3000, 'the live request');
    provider.area = 'E06000009';
    const elements = [...provider.querySelectorAll<OatIndicator>('oat-indicator')];
    await Promise.all(elements.map((element) => settled(element)));
    watch.stop();
    expect(partText(elements[0]!, 'value')).to.equal('184 per 10,000');
    expect((await mockRequests()).total).to.equal(1);
    expect(watch.errors).to.deep.equal([]);
  });

  it('cancels the live request when every element waiting for it is removed', async () => {
    const watch = watchErrors();
    const wrapper = fixtureSync<HTMLDivElement>(html`<div>
      <oat-indicator source="fingertips" api-base=${faultApi('slow-1500')} indicator="looked-after-children" area="E09000008"></oat-indicator>
      <oat-indicator source="fingertips" api-base=${faultApi('slow-1500')} indicator="neet-16-17" area="E09000008"></oat-indicator>
    </div>`);
    await eventually(async () => (await mockRequests()).total === 1, 3000, 'the live request');
    wrapper.replaceChildren();
    await eventually(async () => (await mockRequests()).closedEarly === 1, 3000, 'the request to be cancelled');
    await aTimeout(50);
    watch.stop();
    expect(watch.errors).to.deep.equal([]);
  });

  it('shows the fallback notice once in an assessment, not in every domain', async () => {
    const assessment = await fixture<OatAssessment>(html`<oat-assessment source="fingertips" api-base=${faultApi('503')} area="E08000037"></oat-assessment>`);
    await settled(assessment);
    expect(assessment.shadowRoot!.querySelectorAll('[part="notice"]')).to.have.length(1);
    for (const domain of assessment.shadowRoot!.querySelectorAll<OatDomain>('oat-domain')) {
      expect(domain.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    }
  });

  it('compares a sub-area from a council’s CSV with England and with its authority', async () => {
    const element = await indicator({ source: `${FIXTURES}/cumberland-districts.csv`, indicator: 'lone-parent-households', area: 'E07000028' });
    expect(partText(element, 'value')).to.equal('6.4%');
    expect(partText(element, 'benchmark')).to.equal('6.9%');
    // Carlisle 3,228 of 50,663 households: Wilson's interval lies below England's 6.90%.
    expect(partText(element, 'verdict')).to.equal('Significantly lower than England');
    expect(partText(element, 'parent')).to.equal('6.3%');
    // Cumberland (the three districts together) is 6.29%, inside Carlisle's interval.
    expect(partText(element, 'parent-status')).to.equal('Similar to Cumberland');
    expect(shadowText(element)).to.contain('Former district, now part of Cumberland');
    await expect(element).to.be.accessible();
  });

  it('shows a council’s own indicator from its JSON file beside England', async () => {
    const element = await indicator({ source: `${FIXTURES}/children-in-need-starts.json`, indicator: 'children-in-need-starts', area: 'E09000008' });
    expect(partText(element, 'title')).to.equal('Children starting a period of need');
    expect(partText(element, 'value')).to.equal('615.8 per 10,000');
    expect(partText(element, 'benchmark')).to.equal('325.8 per 10,000');
    expect(partText(element, 'verdict')).to.equal('Significantly higher than England');
  });

  it('shows a council’s own indicator beside the OAT’s in its domain', async () => {
    const domain = await fixture<OatDomain>(
      html`<oat-domain source=${`${FIXTURES}/children-in-need-starts.json`} domain="individual-vulnerabilities" area="E06000009"></oat-domain>`,
    );
    await settled(domain);
    const rows = [...domain.shadowRoot!.querySelectorAll<HTMLElement>('[part="row"]')];
    expect(rows.map((row) => row.dataset.indicator)).to.include.members(['children-in-need', 'children-in-need-starts']);
    const mine = rows.find((row) => row.dataset.indicator === 'children-in-need-starts')!;
    const cells = [...mine.querySelectorAll('[role="cell"]')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 2)).to.deep.equal(['604.7 per 10,000', '325.8 per 10,000']);
    await expect(domain).to.be.accessible();
  });

  it('lists the rows of a council’s file it could not use, with their line numbers, and shows the rest', async () => {
    const element = await indicator({ source: `${FIXTURES}/cumberland-with-mistakes.csv`, indicator: 'lone-parent-households', area: 'E07000026' });
    expect(partText(element, 'value')).to.equal('6.2%');
    const warnings = [...element.shadowRoot!.querySelectorAll('[part="warnings"] li')].map((item) => item.textContent!);
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.contain('line 3');
    expect(warnings.join(' ')).to.contain('lone-parent-households');
    await expect(element).to.be.accessible();
  });

  it('explains a council file that cannot be found, in that element only', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <oat-indicator source="/test/fixtures/council/missing.csv" indicator="children-in-need" area="E09000008"></oat-indicator>
      <oat-indicator indicator="children-in-need" area="E09000008"></oat-indicator>
    </div>`);
    const [broken, fine] = [...wrapper.querySelectorAll('oat-indicator')];
    await settled(broken!);
    await settled(fine!);
    expect(partText(broken!, 'status')).to.contain('missing.csv could not be loaded: the server answered 404');
    expect(partText(fine!, 'value')).to.equal('493.6 per 10,000');
  });
});
