import { expect, fixture, html } from '@open-wc/testing';
import '../../components/oat-assessment/define.js';
import '../../components/oat-indicator/define.js';
import '../../components/oat-map/define.js';
import type { OatAssessment } from '../../components/oat-assessment/oat-assessment.js';
import type { OatIndicator } from '../../components/oat-indicator/oat-indicator.js';
import type { OatMap } from '../../components/oat-map/oat-map.js';
import { mapSvgText } from '../../components/oat-map/export.js';
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import { coreComparison, settled } from './helpers.js';
import { verdictText } from '../../src/format/verdict.js';

const BLACKPOOL = 'E06000009';
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * One reading everywhere: for every indicator with a figure, the indicator card, the assessment's
 * domain row, the opportunity map's segment, its table and its saved SVG all say the same verdict,
 * and it is the statistics core's.
 */
describe('the opportunity reading, the same in every element', () => {
  it('says the same for each of Blackpool’s indicators in the indicator, the domain, the map, its table and its export', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px">
      <oat-assessment area=${BLACKPOOL}></oat-assessment>
      <oat-map area=${BLACKPOOL}></oat-map>
    </div>`);
    const assessment = wrapper.querySelector<OatAssessment>('oat-assessment')!;
    const map = wrapper.querySelector<OatMap>('oat-map')!;
    await settled(assessment);
    await settled(map);
    const domains = [...assessment.shadowRoot!.querySelectorAll('oat-domain')];
    await Promise.all(domains.map((domain) => domain.updateComplete));
    const svg = new DOMParser().parseFromString(mapSvgText(map.shadowRoot!.querySelector<SVGSVGElement>('svg.map')!), 'image/svg+xml');
    const exported = [...svg.querySelectorAll('g > title')].map((title) => clean(title.textContent));
    map.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await map.updateComplete;

    for (const { slug, shortTitle } of CATALOGUE) {
      const words = verdictText(await coreComparison(slug, BLACKPOOL));
      const card = await fixture<OatIndicator>(html`<oat-indicator indicator=${slug} area=${BLACKPOOL}></oat-indicator>`);
      await settled(card);
      expect(clean(card.shadowRoot!.querySelector('[part="verdict"]')!.textContent), `${slug}: indicator`).to.equal(
        words.startsWith('No data') ? clean(words) : words,
      );
      const row = domains.map((domain) => domain.shadowRoot!.querySelector(`[data-indicator="${slug}"]`)).find(Boolean)!;
      expect(clean(row.querySelector('[part="verdict"]')!.textContent), `${slug}: domain row`).to.equal(
        clean(card.shadowRoot!.querySelector('[part="verdict"]')!.textContent),
      );
      const tableRow = map.shadowRoot!.querySelector(`[part="table"] tr[data-indicator="${slug}"]`)!;
      expect(clean(tableRow.querySelector('[part="verdict"]')!.textContent), `${slug}: map table`).to.equal(
        clean(card.shadowRoot!.querySelector('[part="verdict"]')!.textContent),
      );
      if (!words.startsWith('No data')) {
        const lowerFirst = words.charAt(0).toLowerCase() + words.slice(1);
        expect(
          exported.find((title) => title.startsWith(`${shortTitle}:`)),
          `${slug}: export`,
        ).to.match(new RegExp(`${lowerFirst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      }
    }
  });
});
