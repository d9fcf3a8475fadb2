import { aTimeout, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../oat-indicator/define.js';
import type { OatAssessment } from './oat-assessment.js';
import type { OatDomain } from '../oat-domain/oat-domain.js';
import { DOMAINS } from '../../indicators/domains.js';
import { SourceError } from '../../src/sources/errors.js';
import { partText, settled, shadowText, watchErrors } from '../../test/browser/helpers.js';
import { ScriptedSource } from '../../test/browser/scripted-source.js';

async function show(area: string, width = 1200): Promise<OatAssessment> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}><oat-assessment area=${area}></oat-assessment></div>`);
  const element = wrapper.querySelector('oat-assessment')!;
  await settled(element);
  return element;
}

const domains = (element: OatAssessment) => [...element.shadowRoot!.querySelectorAll<OatDomain>('oat-domain')];

describe('<oat-assessment>', () => {
  it('shows the whole tool for Croydon: title, picker, the four domains in the model’s order and the data date', async () => {
    const element = await show('E09000008');
    expect(partText(element, 'title')).to.equal('Opportunity assessment: Croydon');
    expect(element.shadowRoot!.querySelector('oat-area-picker')!.getAttribute('value')).to.equal('E09000008');
    expect(domains(element).map((domain) => domain.domain)).to.deep.equal(DOMAINS.map((domain) => domain.id));
    expect(shadowText(element)).to.contain('Figures: Embedded snapshot, 1 December 2026.');
  });

  it('lists where Croydon stands out: significantly worse on overcrowding and life satisfaction, better on nothing', async () => {
    const element = await show('E09000008');
    const standout = element.shadowRoot!.querySelector('[part="standout"]')!;
    const worse = [...standout.querySelectorAll('[data-verdict="worse"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(worse).to.deep.equal(['Overcrowding: 10.4% (England 4.4%)', 'Life satisfaction: 6.97 out of 10 (England 7.44 out of 10)']);
    expect(standout.querySelector('[data-verdict="better"]')!.textContent).to.contain('No indicator is significantly better than England.');
  });

  it('shows the same figures in its domains as the snapshot for Blackpool and Gateshead', async () => {
    for (const [area, slug, expected] of [
      ['E06000009', 'looked-after-children', '184 per 10,000'],
      ['E08000037', 'household-overcrowding', '2.3%'],
    ] as const) {
      const element = await show(area);
      const row = domains(element)
        .map((domain) => domain.shadowRoot!.querySelector(`[data-indicator="${slug}"]`))
        .find(Boolean)!;
      expect(row.querySelector('.value')!.textContent!.trim()).to.equal(expected);
    }
  });

  it('moves to the area chosen in its picker, with the keyboard alone, and tells the page once', async () => {
    const element = await show('E09000008');
    const picker = element.shadowRoot!.querySelector('oat-area-picker')!;
    const input = picker.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'Gateshead' });
    await sendKeys({ press: 'ArrowDown' });
    const event = oneEvent(element, 'oat-area-change');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail).to.deep.equal({ code: 'E08000037', name: 'Gateshead' });
    await settled(element);
    expect(element.area).to.equal('E08000037');
    expect(partText(element, 'title')).to.equal('Opportunity assessment: Gateshead');
  });

  for (const width of [320, 1200]) {
    it(`is accessible at ${width}px`, async () => {
      const element = await show('E06000009', width);
      await expect(element).to.be.accessible();
    });
  }

  it('is accessible and keeps its place while loading', async () => {
    const source = new ScriptedSource();
    source.hold();
    const element = fixtureSync<OatAssessment>(html`<oat-assessment area="E09000008" .dataSource=${source}></oat-assessment>`);
    await aTimeout(0);
    expect(element.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    expect(element.getBoundingClientRect().height).to.be.above(200);
    await expect(element).to.be.accessible();
    source.release();
    await settled(element);
  });

  it('explains a failure inside itself while an element beside it keeps working', async () => {
    const watch = watchErrors();
    const source = new ScriptedSource();
    source.failWith = new SourceError('timeout', 'The data took longer than 10 seconds to arrive, so loading stopped.');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <oat-assessment area="E09000008" .dataSource=${source}></oat-assessment>
      <oat-indicator indicator="children-in-need" area="E09000008"></oat-indicator>
    </div>`);
    const element = wrapper.querySelector('oat-assessment')!;
    await settled(element);
    await settled(wrapper.querySelector('oat-indicator')!);
    watch.stop();
    expect(partText(element, 'status')).to.contain('took longer than 10 seconds').and.to.contain('Reload the page');
    expect(partText(wrapper.querySelector('oat-indicator')!, 'value')).to.equal('493.6 per 10,000');
    expect(watch.errors).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('says which area code is unknown and suggests the closest', async () => {
    const element = await show('E09000088');
    expect(partText(element, 'status')).to.contain('There is no area with the code E09000088').and.to.contain('Did you mean');
  });

  it('fits A4 when printed: no chart wider than the page and no picker', async () => {
    const element = await show('E09000008', 718); // A4 less 12 mm margins at 96 dpi
    await emulateMedia({ media: 'print' });
    try {
      const width = element.getBoundingClientRect().width;
      expect(getComputedStyle(element.shadowRoot!.querySelector('oat-area-picker')!).display).to.equal('none');
      for (const domain of domains(element)) {
        for (const chart of domain.shadowRoot!.querySelectorAll('svg[role="img"]')) {
          const box = chart.getBoundingClientRect();
          expect(box.right).to.be.at.most(element.getBoundingClientRect().left + width + 0.5);
          expect(box.width).to.be.above(40);
        }
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
