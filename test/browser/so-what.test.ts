/**
 * "So what?" inside the assessment, on the real snapshot: the paragraph for a paper says what the rows
 * say – every figure it cites is its row's figure, with the row's period, verdict, method and source,
 * and its counts are the rows' counts – for Blackpool, where the opportunity is plain, and for
 * Wokingham, which is better placed than England on nearly everything.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/oat-assessment/define.js';
import type { OatAssessment } from '../../components/oat-assessment/oat-assessment.js';
import type { OatDomain } from '../../components/oat-domain/oat-domain.js';
import type { OatSoWhat } from '../../components/oat-so-what/oat-so-what.js';
import { settled } from './helpers.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function assessment(area: string): Promise<{ element: OatAssessment; soWhat: OatSoWhat; domains: OatDomain[] }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"><oat-assessment area=${area} .noteStorage=${null}></oat-assessment></div>`);
  const element = wrapper.querySelector('oat-assessment')!;
  await settled(element);
  await customElements.whenDefined('oat-so-what');
  const soWhat = element.shadowRoot!.querySelector<OatSoWhat>('oat-so-what')!;
  await settled(soWhat);
  const domains = [...element.shadowRoot!.querySelectorAll<OatDomain>('oat-domain')];
  // The rows' table view shows each figure's method and source in words, as the citations do.
  for (const domain of domains) {
    domain.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await domain.updateComplete;
  }
  return { element, soWhat, domains };
}

/** A row as its table view shows it. */
function row(domains: OatDomain[], slug: string) {
  const found = domains.map((domain) => domain.shadowRoot!.querySelector<HTMLElement>(`[part="row"][data-indicator="${slug}"]`)).find(Boolean)!;
  const cell = (label: string) => text(found.querySelector(`[data-label="${label}"]`));
  return {
    verdict: found.dataset.verdict,
    value: text(found.querySelector('.value')),
    england: cell('England'),
    compared: cell('Compared with England'),
    judged: cell('How judged'),
    source: cell('Source'),
    period: text(found.querySelector('.name .sub')).split(' · ')[0],
  };
}

/** The rows of the first three domains (pressures) or the fourth (children's outcomes). */
function tally(domains: OatDomain[], outcomes: boolean) {
  const rows = domains
    .filter((domain) => (domain.domain === 'children-outcomes') === outcomes)
    .flatMap((domain) => [...domain.shadowRoot!.querySelectorAll<HTMLElement>('[part="row"]')]);
  const count = (verdict: string) => rows.filter((r) => r.dataset.verdict === verdict).length;
  return { worse: count('worse'), better: count('better'), withData: rows.length - count('no-data') };
}

function citations(soWhat: OatSoWhat) {
  return [...soWhat.shadowRoot!.querySelectorAll<HTMLLIElement>('[part="citations"] li')].map((li) => ({
    number: li.value,
    slug: li.dataset.indicator!,
    field: (name: string) => text(li.querySelector(`[data-field="${name}"]`)),
  }));
}

/** Checks every citation against its row, and that the paragraph gives each figure as the row does. */
function expectCitationsMatchRows(paragraph: string, soWhat: OatSoWhat, domains: OatDomain[]): void {
  const cited = citations(soWhat);
  expect(cited.length).to.be.above(0);
  cited.forEach((citation, index) => {
    const r = row(domains, citation.slug);
    expect(citation.number, citation.slug).to.equal(index + 1);
    expect(citation.field('value'), citation.slug).to.equal(r.value);
    expect(r.england, citation.slug).to.contain(citation.field('england') === 'no data' ? 'no data' : citation.field('england'));
    expect(citation.field('period'), citation.slug).to.equal(r.period);
    expect(citation.field('verdict'), citation.slug).to.equal(r.compared);
    expect(citation.field('method'), citation.slug).to.equal(r.judged);
    expect(citation.field('source'), citation.slug).to.equal(r.source);
    // In the paragraph: the row's figure, England's and the period, then the citation's number.
    const inline = `${citation.field('value')} against England’s ${citation.field('england')}, ${citation.field('period')}`;
    const at = paragraph.indexOf(inline);
    expect(at, `${inline} in the paragraph`).to.be.at.least(0);
    expect(paragraph.slice(at).match(/\[(\d+)\]/)?.[1], citation.slug).to.equal(String(citation.number));
  });
}

describe('the “so what?” paragraph', () => {
  it('for Blackpool says what its rows say, with every figure cited to its row', async () => {
    const { soWhat, domains } = await assessment('E06000009');
    const paragraph = text(soWhat.shadowRoot!.querySelector('.paragraph'));
    const pressures = tally(domains, false);
    const outcomes = tally(domains, true);
    expect(pressures).to.deep.equal({ worse: 12, better: 1, withData: 14 });
    expect(paragraph).to.contain(
      `Blackpool’s families face more pressure than England’s on ${pressures.worse} of the ${pressures.withData} measures of pressure on families with figures, and less on ${pressures.better}.`,
    );
    expect(paragraph).to.contain(
      `Its children fare worse than England’s on ${outcomes.worse} of the ${outcomes.withData} measures of children’s outcomes with figures, and better on ${outcomes.better}`,
    );
    expectCitationsMatchRows(paragraph, soWhat, domains);
    // The largest gaps lead, and the worse-placed figures come before the better-placed ones.
    const cited = citations(soWhat);
    expect(cited.slice(0, 3).map((c) => row(domains, c.slug).verdict)).to.deep.equal(['worse', 'worse', 'worse']);
    expect(cited.map((c) => c.slug)).to.include('looked-after-children');
    expect(cited.at(-1)!.field('verdict')).to.match(/^(Less pressure|Better) than England$/);
    expect(paragraph).to.contain('6 of the 27 measures have no figure for Blackpool.');
    // A figure judged by position says so where it is given.
    expect(paragraph).to.match(/under 18 conceptions \(26\.4 per 1,000 against England’s 13\.9 per 1,000, 2022; by position among councils\) \[\d+\]/i);
  });

  it('for Wokingham reads as well placed, and says so', async () => {
    const { soWhat, domains } = await assessment('E06000041');
    const paragraph = text(soWhat.shadowRoot!.querySelector('.paragraph'));
    const pressures = tally(domains, false);
    expect(pressures.worse).to.equal(0);
    expect(paragraph).to.contain(
      `Wokingham’s families face more pressure than England’s on none of the ${pressures.withData} measures of pressure on families with figures, and less on ${pressures.better} of them.`,
    );
    expect(paragraph).to.contain('Its children fare worse than England’s on none of the');
    expect(paragraph).to.contain('Wokingham is better placed than England overall');
    expectCitationsMatchRows(paragraph, soWhat, domains);
    for (const citation of citations(soWhat))
      expect(citation.field('verdict')).to.not.match(/^(More pressure|Worse|Among the (two )?fifths? of councils (with the most|where children fare worst))/);
    expect(soWhat.shadowRoot!.querySelector('[part="base"]')!.getAttribute('data-well-placed')).to.equal('true');
    const fit = text(soWhat.shadowRoot!.querySelector('[data-question="fit"] .prompt'));
    expect(fit).to.match(/^On these figures Wokingham’s families face less pressure than England’s on \d+ of 14 measures with figures, and more on none\./);
  });

  it('asks the four questions of the area, each with a pilot council’s example, and credits the tool', async () => {
    const { soWhat } = await assessment('E06000009');
    const questions = [...soWhat.shadowRoot!.querySelectorAll<HTMLElement>('[part="question"]')];
    expect(questions.map((q) => q.dataset.question)).to.deep.equal(['fit', 'groups', 'services', 'where']);
    expect(text(questions[0]!.querySelector('.prompt'))).to.match(
      /^Blackpool’s families face more pressure than England’s on 12 of 14 measures with figures, most of all parental mental health/,
    );
    expect(text(questions[1]!.querySelector('.prompt')))
      .to.contain('separated or divorced')
      .and.to.contain('lone parents')
      .and.to.contain('domestic abuse');
    expect(questions.map((q) => text(q.querySelector('[part="example"]')).split(' ')[3])).to.deep.equal(['Blackburn', 'Croydon', 'Blackpool', 'Dorset']);
    expect(text(soWhat.shadowRoot!.querySelector('[part="credit"]')))
      .to.contain('OnePlusOne and Innovation Unit')
      .and.to.contain('Department for Work and Pensions');
    await expect(soWhat).to.be.accessible();
  });
});
