import { aTimeout, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import './define.js';
import type { OatIndicator } from './oat-indicator.js';
import { SourceError } from '../../src/sources/errors.js';
import { emulateMedia } from '@web/test-runner-commands';
import { coreComparison, forcedColours, partText, settled, shadowText, watchErrors } from '../../test/browser/helpers.js';
import { ScriptedSource, UpdatingSource } from '../../test/browser/scripted-source.js';

async function show(indicator: string, area: string): Promise<OatIndicator> {
  const element = await fixture<OatIndicator>(html`<oat-indicator indicator=${indicator} area=${area}></oat-indicator>`);
  await settled(element);
  return element;
}

describe('<oat-indicator>', () => {
  it('shows Croydon’s children in need rate beside England’s, with the period and the verdict', async () => {
    const element = await show('children-in-need', 'E09000008');
    expect(partText(element, 'title')).to.equal('Children in need');
    expect(partText(element, 'value')).to.equal('493.6 per 10,000');
    expect(partText(element, 'benchmark')).to.equal('330.3 per 10,000');
    expect(shadowText(element)).to.contain('2024/25');
    // 4,637 children of 93,945: Byar's interval lies wholly above England's 330.3. Fingertips makes no
    // better-or-worse judgement of this rate, but the tool's question has a direction: more families need help.
    expect(partText(element, 'verdict')).to.equal('More pressure than England');
    expect(partText(element, 'judged')).to.equal(
      'Tested against a 95% confidence interval by Byar’s method: England’s value lies outside it, so the difference is significant.',
    );
    await expect(element).to.be.accessible();
  });

  it('uses the statistics core’s verdict for real areas', async () => {
    for (const [slug, area] of [
      ['adult-low-wellbeing', 'E06000009'],
      ['household-overcrowding', 'E08000037'],
      ['looked-after-children', 'E06000009'],
      ['gcse-attainment', 'E06000009'],
      ['school-readiness', 'E06000041'],
    ] as const) {
      const expected = await coreComparison(slug, area);
      const element = await show(slug, area);
      expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('data-verdict'), `${slug} ${area}`).to.equal(expected.verdict);
    }
  });

  it('says “similar” when England lies inside the published interval (Blackpool life satisfaction)', async () => {
    const element = await show('adult-low-wellbeing', 'E06000009');
    expect(partText(element, 'value')).to.equal('7.49 out of 10');
    expect(partText(element, 'benchmark')).to.equal('7.44 out of 10');
    expect(partText(element, 'verdict')).to.equal('Similar to England');
  });

  it('judges by position among councils where no count exists, and says it is not a significance test (Blackpool Attainment 8)', async () => {
    const element = await show('gcse-attainment', 'E06000009');
    expect(partText(element, 'value')).to.equal('37.0 points');
    expect(partText(element, 'benchmark')).to.equal('46.0 points');
    expect(partText(element, 'verdict')).to.equal('Among the fifth of councils where children fare worst');
    expect(partText(element, 'judged')).to.match(/^By position among 152 councils \(2nd, counting from the worst outcome\), not by a significance test/);
    expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('data-verdict')).to.equal('worse');
    expect(shadowText(element)).to.not.contain('not tested');
  });

  it('reads a well-placed council as well placed (Wokingham child poverty)', async () => {
    const element = await show('children-in-low-income-families', 'E06000041');
    expect(partText(element, 'verdict')).to.equal('Among the fifth of councils with the least pressure');
    expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('data-verdict')).to.equal('better');
  });

  it('judges youth justice entrants by position, saying there is no England figure', async () => {
    const element = await show('first-time-entrants-youth-justice', 'E06000009');
    expect(partText(element, 'value')).to.equal('318 per 100,000');
    expect(partText(element, 'benchmark')).to.equal('no data');
    expect(partText(element, 'verdict')).to.equal('Among the fifth of councils where children fare worst');
    expect(partText(element, 'judged')).to.contain('not by a significance test').and.to.contain('No published England rate was available');
  });

  it('shows “no data” with the reason for an indicator without snapshot figures', async () => {
    const element = await show('family-homelessness', 'E09000008');
    expect(partText(element, 'verdict')).to.match(/^No data: No published figure for every upper-tier council/);
    // The live source does not hold this measure, so the reader is not sent there; they are told how to add their own.
    expect(partText(element, 'verdict')).to.not.match(/live data/i);
    expect(partText(element, 'verdict')).to.contain('A council can show its own figure');
    await expect(element).to.be.accessible();
  });

  it('explains a suppressed value', async () => {
    const element = await show('looked-after-children', 'E09000001');
    expect(partText(element, 'verdict')).to.match(/^No data: The Department for Education withheld this value/);
  });

  it('says which indicator is unknown and suggests the closest', async () => {
    const element = await show('children-in-ned', 'E09000008');
    expect(partText(element, 'status')).to.equal('There is no indicator called “children-in-ned”. Did you mean “children-in-need”?');
    await expect(element).to.be.accessible();
  });

  it('explains a malformed area code and a retired one', async () => {
    const malformed = await show('children-in-need', 'Croydn');
    expect(partText(malformed, 'status')).to.contain('“Croydn” is not an area code').and.to.contain('Did you mean Croydon (E09000008)?');
    const retired = await show('children-in-need', 'E10000006');
    expect(partText(retired, 'status')).to.contain('Cumberland (E06000063) or Westmorland and Furness (E06000064)');
  });

  it('asks for the missing attributes', async () => {
    const element = await fixture<OatIndicator>(html`<oat-indicator area="E09000008"></oat-indicator>`);
    await settled(element);
    expect(partText(element, 'status')).to.contain('No indicator was given');
  });

  it('re-renders when its attributes change', async () => {
    const element = await show('children-in-need', 'E09000008');
    element.setAttribute('area', 'E06000009');
    await settled(element);
    expect(partText(element, 'value')).to.equal('606.1 per 10,000');
    element.setAttribute('indicator', 'looked-after-children');
    await settled(element);
    expect(partText(element, 'title')).to.equal('Looked after children');
    expect(partText(element, 'value')).to.equal('184 per 10,000');
  });

  it('shows a loading state, then the figures', async () => {
    const source = new ScriptedSource();
    source.hold();
    const element = fixtureSync<OatIndicator>(html`<oat-indicator indicator="children-in-need" area="E09000008" .dataSource=${source}></oat-indicator>`);
    await aTimeout(0);
    expect(element.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    expect(partText(element, 'status')).to.equal('Loading children-in-need…');
    await expect(element).to.be.accessible();
    source.release();
    await settled(element);
    expect(partText(element, 'value')).to.equal('493.6 per 10,000');
  });

  it('shows what went wrong and what to try when loading fails, without an uncaught error', async () => {
    const watch = watchErrors();
    const source = new ScriptedSource();
    source.failWith = new SourceError('network', 'The data could not be reached. Check your connection and try again.');
    const element = await fixture<OatIndicator>(html`<oat-indicator indicator="children-in-need" area="E09000008" .dataSource=${source}></oat-indicator>`);
    await settled(element);
    watch.stop();
    expect(partText(element, 'status')).to.contain('could not be reached').and.to.contain('Reload the page');
    expect(watch.errors).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('leaves no errors when removed while loading', async () => {
    const watch = watchErrors();
    const source = new ScriptedSource();
    source.hold();
    const element = fixtureSync<OatIndicator>(html`<oat-indicator indicator="children-in-need" area="E09000008" .dataSource=${source}></oat-indicator>`);
    await aTimeout(0);
    element.remove();
    source.release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    watch.stop();
    expect(watch.errors).to.deep.equal([]);
  });

  it('loads again when moved to another place in the page while loading', async () => {
    const source = new ScriptedSource();
    source.hold();
    const element = fixtureSync<OatIndicator>(html`<oat-indicator indicator="children-in-need" area="E09000008" .dataSource=${source}></oat-indicator>`);
    await aTimeout(0);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(element); // disconnects (cancelling the load) and reconnects
    source.release();
    await settled(element);
    expect(partText(element, 'value')).to.equal('493.6 per 10,000');
    elsewhere.remove();
  });

  it('uses the heading level it is given', async () => {
    const element = await fixture<OatIndicator>(html`<oat-indicator indicator="children-in-need" area="E09000008" heading-level="2"></oat-indicator>`);
    await settled(element);
    expect(element.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('2');
  });

  it('explains the indicator when “About this indicator” is opened', async () => {
    const element = await show('adult-low-wellbeing', 'E06000009');
    const about = element.shadowRoot!.querySelector<HTMLDetailsElement>('[part="about"]')!;
    expect(about.querySelector('dl')).to.equal(null);
    const toggled = oneEvent(about, 'toggle');
    about.querySelector('summary')!.click();
    await toggled;
    await element.updateComplete;
    const text = about.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('In the original tool Self-reported well-being: % of people with a low satisfaction score');
    expect(text).to.contain('Which way is worse A lower figure means more families under this pressure.');
    expect(text).to.contain('Why it matters How satisfied adults are with their lives');
    expect(text).to.contain('How it was judged Tested against the publisher’s 95% confidence interval');
    expect(text).to.contain('This figure Published by Office for National Statistics');
    // The disclosure is named after its indicator, so a list of controls tells them apart.
    expect(about.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('About this indicator: Adults’ life satisfaction');
    expect(text).to.match(/Period\s*2022\/23/);
    expect(about.querySelector('a')!.getAttribute('href')).to.equal(
      'https://www.ons.gov.uk/peoplepopulationandcommunity/wellbeing/datasets/headlineestimatesofpersonalwellbeing',
    );
    await expect(element).to.be.accessible();
  });

  it('shows the spine chart’s figures as a table on request', async () => {
    const element = await show('children-in-need', 'E08000037');
    expect(element.shadowRoot!.querySelector('svg[role="img"]')!.getAttribute('aria-label')).to.match(/^Gateshead: 389\.0 per 10,000/);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await element.updateComplete;
    const rows = [...element.shadowRoot!.querySelectorAll('[part="table"] tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent!.trim()).join(' | '),
    );
    expect(rows[0]).to.equal('Gateshead | 389.0 per 10,000');
    expect(rows).to.include.members(['Compared with England | More pressure than England', 'England | 330.3 per 10,000']);
    expect(rows.some((row) => row.startsWith('How this was judged | Tested against a 95% confidence interval by Byar’s method'))).to.equal(true);
    expect(rows.map((row) => row.split(' |')[0])).to.include.members(['Lowest of 153 councils', 'Middle council (median)', 'Highest']);
    await expect(element).to.be.accessible();
  });

  it('fits one line in the compact view', async () => {
    const element = await fixture<OatIndicator>(html`<oat-indicator view="compact" indicator="household-overcrowding" area="E09000008"></oat-indicator>`);
    await settled(element);
    expect(partText(element, 'title')).to.equal('Overcrowding');
    expect(partText(element, 'value')).to.equal('10.4%');
    expect(element.shadowRoot!.querySelector('[part="chart"]')).to.equal(null);
    expect(partText(element, 'verdict')).to.contain('More pressure').and.to.contain('More pressure than England');
    await expect(element).to.be.accessible();
  });

  for (const width of [320, 1200]) {
    it(`is accessible at ${width}px in the full and compact views`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>
        <oat-indicator indicator="looked-after-children" area="E06000009"></oat-indicator>
        <oat-indicator view="compact" indicator="looked-after-children" area="E06000009"></oat-indicator>
      </div>`);
      for (const element of wrapper.querySelectorAll('oat-indicator')) {
        await settled(element);
        expect(element.getBoundingClientRect().width).to.be.at.most(width);
        await expect(element).to.be.accessible();
      }
    });
  }

  it('draws the verdict shape in system colours in forced-colours mode', async () => {
    const element = await show('household-overcrowding', 'E09000008');
    const shape = element.shadowRoot!.querySelector('[part="verdict"] svg')!;
    const normal = getComputedStyle(shape).fill;
    await forcedColours(true);
    try {
      const forced = getComputedStyle(shape).fill;
      expect(forced).to.not.equal(normal);
      expect(forced).to.equal(getComputedStyle(element.shadowRoot!.querySelector('[part="title"]')!).color);
    } finally {
      await forcedColours(false);
    }
  });

  it('keeps the loading skeleton still when reduced motion is asked for', async () => {
    const source = new ScriptedSource();
    source.hold();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const element = fixtureSync<OatIndicator>(html`<oat-indicator indicator="children-in-need" area="E09000008" .dataSource=${source}></oat-indicator>`);
      await aTimeout(0);
      expect(getComputedStyle(element.shadowRoot!.querySelector('.skeleton')!).animationName).to.equal('none');
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(element.shadowRoot!.querySelector('.skeleton')!).animationName).to.equal('oat-pulse');
      source.release();
      await settled(element);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('credits the source and the licence', async () => {
    const element = await show('children-in-need', 'E09000008');
    // The rate was read from DfE's Local authority interactive tool, which republishes DfE's Children in need statistics.
    expect(partText(element, 'source')).to.contain('Department for Education, Children in need, via LAIT · Open Government Licence v3.0');
    expect(partText(element, 'source')).to.contain('Figures: Embedded snapshot');
  });

  it('credits a figure read from LAIT to its own publisher, not to the tool that republishes it', async () => {
    const element = await show('first-time-entrants-youth-justice', 'E06000009');
    const source = partText(element, 'source');
    expect(source).to.contain('Youth Justice Board and Ministry of Justice, Youth justice statistics, via LAIT · Open Government Licence v3.0');
    expect(source).to.not.match(/Source: Department for Education, Local authority interactive tool/);
  });
});

describe('<oat-indicator> with figures that arrive later', () => {
  it('shows the first figures at once, then swaps in the later ones without a blank loading state', async () => {
    const source = new UpdatingSource(1);
    const element = await fixture<OatIndicator>(html`<oat-indicator indicator="children-in-need" area="E09000008" .dataSource=${source}></oat-indicator>`);
    await settled(element);
    expect(partText(element, 'value')).to.equal('493.6 per 10,000');
    expect(partText(element, 'notice')).to.contain('Live figures are still loading');
    expect(source.listening).to.equal(1);
    const busy: string[] = [];
    const observer = new MutationObserver(() => {
      if (element.shadowRoot!.querySelector('[aria-busy="true"]')) busy.push(element.shadowRoot!.textContent ?? '');
    });
    observer.observe(element.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    source.arrive();
    await settled(element);
    await element.updateComplete;
    observer.disconnect();
    expect(partText(element, 'value')).to.equal('494.6 per 10,000');
    expect(element.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    expect(busy, 'a loading state was shown while the later figures came').to.deep.equal([]);
    // Leaving the page stops listening.
    element.remove();
    expect(source.listening).to.equal(0);
  });
});
