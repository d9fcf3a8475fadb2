import { aTimeout, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../oat-indicator/define.js';
import type { OatAssessment } from './oat-assessment.js';
import type { OatDomain } from '../oat-domain/oat-domain.js';
import { DOMAINS } from '../../src/catalogue/domains.js';
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

  it('hides its area chooser with chooser="off", for a council’s page about itself, and keeps the title', async () => {
    const element = await show('E09000008');
    element.setAttribute('chooser', 'off');
    await settled(element);
    expect(element.shadowRoot!.querySelector('oat-area-picker')).to.equal(null);
    expect(partText(element, 'title')).to.equal('Opportunity assessment: Croydon');
    element.setAttribute('chooser', 'on');
    await settled(element);
    expect(element.shadowRoot!.querySelector('oat-area-picker')).to.not.equal(null);
  });

  /** The opening section's items, by group, as a reader sees them. */
  const opening = (element: OatAssessment) => {
    const section = element.shadowRoot!.querySelector('[part~="opportunities"]')!;
    const group = (key: string) => {
      const box = section.querySelector(`[data-group="${key}"]`)!;
      return {
        items: [...box.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
        slugs: [...box.querySelectorAll('li')].map((li) => li.dataset.indicator!),
        methods: Object.fromEntries([...box.querySelectorAll('li')].map((li) => [li.dataset.indicator!, li.dataset.method!])),
        text: box.textContent!.replace(/\s+/g, ' ').trim(),
      };
    };
    return { section, pressures: group('pressures'), outcomes: group('outcomes'), better: group('better-placed') };
  };

  it('opens Blackpool with where its families face more pressure than England’s and where its children fare worse', async () => {
    const element = await show('E06000009');
    const { section, pressures, outcomes, better } = opening(element);
    // The opening comes before the model at a glance and the domains.
    const order = [...element.shadowRoot!.querySelectorAll('[part~="opportunities"], [part="model"], oat-domain')].map((node) => node.getAttribute('part'));
    expect(order.slice(0, 2)).to.deep.equal(['standout opportunities', 'model']);
    expect(section.querySelector('[role="heading"]')!.textContent).to.equal('Where Blackpool’s families face more pressure than England’s');
    expect(pressures.slugs).to.include.members([
      'relationship-breakdown',
      'children-in-need',
      'lone-parent-households',
      'domestic-abuse',
      'children-in-low-income-families',
    ]);
    expect(outcomes.slugs).to.include.members(['looked-after-children', 'school-readiness', 'gcse-attainment']);
    // School readiness and Attainment 8 have no counts: worse by position among councils, said to be so.
    expect(outcomes.methods['school-readiness']).to.equal('position');
    expect(outcomes.methods['gcse-attainment']).to.equal('position');
    // Each with its value, England's, the period and how it was judged.
    expect(pressures.items).to.include('Separated or divorced: 15.5% (England 11.3%), Census 2021 – a significant difference (tested: 95% interval, Wilson)');
    expect(outcomes.items).to.include(
      'Attainment 8: 37.0 points (England 46.0 points), 2024/25 – by position: among the fifth of councils where children fare worst – not a significance test',
    );
    // Youth justice has no England figure: listed by its position, and said to be judged against the councils, not England.
    expect(outcomes.items).to.include(
      'Youth justice entrants: 318 per 100,000 (no England figure, so judged against the other councils), 2024 – by position: among the fifth of councils where children fare worst – not a significance test',
    );
    expect(better.slugs).to.include('household-overcrowding');
    expect(section.textContent).to.not.match(/neither|not tested|significantly/i);
  });

  it('reads Wokingham, better placed than England on nearly everything, as well placed', async () => {
    const element = await show('E06000041');
    const { pressures, outcomes, better } = opening(element);
    expect(pressures.items).to.deep.equal([]);
    expect(pressures.text).to.contain('None of the measures shows more pressure on Wokingham’s families than England’s.');
    expect(outcomes.items).to.deep.equal([]);
    expect(outcomes.text).to.contain('None of the measures shows Wokingham’s children faring worse than England’s.');
    for (const slug of [
      'relationship-breakdown',
      'children-in-need',
      'looked-after-children',
      'lone-parent-households',
      'domestic-abuse',
      'children-in-low-income-families',
    ]) {
      expect(pressures.slugs.concat(outcomes.slugs), slug).to.not.include(slug);
    }
    expect(better.slugs).to.include.members(['children-in-low-income-families', 'relationship-breakdown', 'looked-after-children']);
  });

  it('summarises each domain in the model at a glance the same way as the domain itself', async () => {
    const element = await show('E06000009');
    const boxes = [...element.shadowRoot!.querySelectorAll('.box-summary')].map((box) => box.textContent!.trim());
    const summaries = domains(element).map((domain) => domain.shadowRoot!.querySelector('[part="summary"]')!.textContent!.replace(/^Blackpool: /, ''));
    expect(boxes).to.deep.equal(summaries);
    expect(boxes[3]).to.equal('Children fare worse than England on 6 of 10 measures (4 judged by position among councils); better on 1; no data on 3.');
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

  describe('draws its first screen first', () => {
    /** An assessment put on the page without waiting for it: the tests wait for each stage themselves. */
    const insert = (area: string) => fixtureSync<OatAssessment>(html`<oat-assessment area=${area}></oat-assessment>`);
    const base = (element: OatAssessment) => element.shadowRoot!.querySelector('[part="base"]')!;
    const rest = (element: OatAssessment) =>
      [...element.shadowRoot!.querySelectorAll('oat-map, oat-so-what, [part="model"], oat-domain, [part="sources"]')].map(
        (node) => node.getAttribute('part') ?? node.localName,
      );

    it('shows the title, chooser and opening with its figures before the rest, which follows once they are painted', async () => {
      const element = insert('E09000008');
      await element.openingComplete;
      expect(partText(element, 'title')).to.equal('Opportunity assessment: Croydon');
      expect(element.shadowRoot!.querySelector('oat-area-picker')).to.not.equal(null);
      const opening = element.shadowRoot!.querySelector('[part~="opportunities"] [data-group="pressures"]')!;
      expect(opening.textContent!.replace(/\s+/g, ' ')).to.contain('Children in need: 493.6 per 10,000 (England 330.3 per 10,000), 2024/25');
      expect(rest(element), 'nothing after the opening yet').to.deep.equal([]);
      expect(base(element).getAttribute('aria-busy'), 'a screen reader is told more is coming').to.equal('true');

      await element.updateComplete;
      expect(rest(element)).to.deep.equal(['map', 'so-what', 'model', 'domain', 'domain', 'domain', 'domain', 'sources']);
      expect(base(element).getAttribute('aria-busy')).to.equal('false');
    });

    it('keeps everything drawn when the area changes, updating it in place', async () => {
      const element = insert('E09000008');
      await element.updateComplete;
      const [firstDomain] = domains(element);
      element.area = 'E06000009';
      await element.openingComplete;
      expect(partText(element, 'title')).to.equal('Opportunity assessment: Blackpool');
      expect(domains(element)[0]).to.equal(firstDomain);
      expect(domains(element).map((domain) => domain.area)).to.deep.equal(['E06000009', 'E06000009', 'E06000009', 'E06000009']);
    });

    it('draws everything at once when the reader prints straight away', async () => {
      const element = insert('E09000008');
      await element.openingComplete;
      expect(rest(element)).to.deep.equal([]);
      window.dispatchEvent(new Event('beforeprint'));
      await element.openingComplete; // the update the event asked for, before any frame is painted
      expect(rest(element)).to.have.length(8);
      expect(element.shadowRoot!.querySelector('.standout-table'), 'the opening’s table for paper').to.not.equal(null);
    });

    it('draws everything at once on paper, and keeps it back on screen', async () => {
      await emulateMedia({ media: 'print' });
      let element: OatAssessment;
      try {
        element = insert('E09000008');
        await element.openingComplete;
        expect(rest(element)).to.have.length(8);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      element.requestUpdate();
      await element.openingComplete;
      expect(rest(element), 'nothing taken away for a frame').to.have.length(8);
    });
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
