import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/oat-indicator/define.js';
import '../../components/oat-domain/define.js';
import '../../components/oat-assessment/define.js';
import '../../components/oat-provider/define.js';
import '../../components/oat-comparison/define.js';
import '../../components/oat-choropleth/define.js';
import type { OatChoropleth } from '../../components/oat-choropleth/oat-choropleth.js';
import type { OatAssessment } from '../../components/oat-assessment/oat-assessment.js';
import type { OatComparison } from '../../components/oat-comparison/oat-comparison.js';
import type { OatDomain } from '../../components/oat-domain/oat-domain.js';
import type { OatIndicator } from '../../components/oat-indicator/oat-indicator.js';
import { BLACKPOOL_NEIGHBOURS } from '../blackpool-neighbours.js';
import { partText, settled, shadowText, watchErrors } from './helpers.js';

const BLACKPOOL = 'E06000009';
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The comparison element inside an element's shadow root, settled. */
async function comparisonIn(host: Element): Promise<OatComparison> {
  const found = host.shadowRoot!.querySelector<OatComparison>('oat-comparison')!;
  expect(found, 'an <oat-comparison> is shown').to.exist;
  await settled(found);
  return found;
}

/** The figures of a comparison as "term: value" pairs. */
const figuresOf = (comparison: OatComparison) =>
  [...comparison.shadowRoot!.querySelectorAll('[part="figures"] div')].map(
    (pair) => `${clean(pair.querySelector('dt')!.textContent)}: ${clean(pair.querySelector('dd')!.textContent)}`,
  );

/** Files fetched so far whose address contains `part`. */
const fetched = (part: string) =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes(part))
    .map((entry) => entry.name);

describe('comparing with statistical neighbours', () => {
  it('fetches no neighbour list and shows no comparison by default', async () => {
    const card = await fixture<OatIndicator>(html`<oat-indicator indicator="children-in-need" area=${BLACKPOOL}></oat-indicator>`);
    await settled(card);
    expect(card.shadowRoot!.querySelector('oat-comparison')).to.equal(null);
    expect(fetched('/neighbours/')).to.deep.equal([]);
  });

  it('keeps England’s verdict first and adds “and more than councils like us”, naming the list and its vintage (Blackpool children in need)', async () => {
    const card = await fixture<OatIndicator>(html`<oat-indicator indicator="children-in-need" area=${BLACKPOOL} comparator="neighbours"></oat-indicator>`);
    await settled(card);
    expect(partText(card, 'verdict')).to.equal('More pressure than England');
    const comparison = await comparisonIn(card);
    expect(partText(comparison, 'clause')).to.equal('and more than councils like us (DfE statistical neighbours, May 2025)');
    // England's verdict comes before the neighbours' in the card.
    const verdict = card.shadowRoot!.querySelector('[part="verdict"]')!;
    expect(verdict.compareDocumentPosition(comparison) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('shows the neighbours’ average and ranks, checked by hand', async () => {
    const card = await fixture<OatIndicator>(html`<oat-indicator indicator="children-in-need" area=${BLACKPOOL} comparator="neighbours"></oat-indicator>`);
    await settled(card);
    const comparison = await comparisonIn(card);
    const figures = figuresOf(comparison);
    // 2024/25 rates per 10,000: Hartlepool 635.8, Middlesbrough 562.9, Sunderland 388.9, Liverpool 462.9, South Tyneside 412.9,
    // Redcar and Cleveland 582.2, Rochdale 460.0, Torbay 548.5, Salford 377.1, Stoke-on-Trent 509.6: sum 4,940.8, mean 494.08.
    // Blackpool's 606.1 is below only Hartlepool's 635.8 among the eleven; among all councils it is the 3rd highest of 153.
    expect(figures).to.deep.equal([
      'Neighbours’ average: 494.1 per 10,000',
      'Blackpool among itself and its neighbours: 2nd highest of 11',
      'Among all councils, 2024/25: 3rd highest of 153',
    ]);
  });

  it('shows each neighbour’s figure, closest first, with DfE’s closeness, as a table', async () => {
    const card = await fixture<OatIndicator>(html`<oat-indicator indicator="children-in-need" area=${BLACKPOOL} comparator="neighbours"></oat-indicator>`);
    await settled(card);
    const comparison = await comparisonIn(card);
    expect(comparison.shadowRoot!.querySelector('[part="chart"]')!.getAttribute('aria-label')).to.include('Blackpool 606.1 per 10,000');
    comparison.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
    await comparison.updateComplete;
    const rows = [...comparison.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].map((row) => [...row.children].map((cell) => clean(cell.textContent)));
    expect(rows.map((row) => row[0])).to.deep.equal(['Blackpool', ...BLACKPOOL_NEIGHBOURS, 'Neighbours’ average', 'England']);
    expect(rows[1]).to.deep.equal(['Hartlepool', 'Very close', '635.8 per 10,000']);
    expect(rows[10]).to.deep.equal(['Stoke-on-Trent', 'Close', '509.6 per 10,000']);
    expect(partText(comparison, 'source')).to.include('Department for Education, Children’s services statistical neighbours (May 2025)');
    expect(partText(comparison, 'source')).to.include('Open Government Licence v3.0');
  });

  it('ranks from the lower end when that is nearer, and says a position is not a test (Blackpool Attainment 8)', async () => {
    const card = await fixture<OatIndicator>(html`<oat-indicator indicator="gcse-attainment" area=${BLACKPOOL} comparator="neighbours"></oat-indicator>`);
    await settled(card);
    const comparison = await comparisonIn(card);
    expect(partText(comparison, 'clause')).to.equal(
      'and worse than councils like us (by position: lowest of 11 – not a significance test) (DfE statistical neighbours, May 2025)',
    );
    expect(figuresOf(comparison)).to.include('Among all councils, 2024/25: 2nd lowest of 152');
  });

  it('uses the list asked for: ONS’s nearest neighbours give Blackpool a different group', async () => {
    const card = await fixture<OatIndicator>(
      html`<oat-indicator indicator="children-in-need" area=${BLACKPOOL} comparator="neighbours" neighbours-list="ons"></oat-indicator>`,
    );
    await settled(card);
    const comparison = await comparisonIn(card);
    expect(partText(comparison, 'clause')).to.include('(ONS nearest neighbours, 2023 council areas)');
    comparison.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
    await comparison.updateComplete;
    const names = [...comparison.shadowRoot!.querySelectorAll('[part="table"] tbody th')].map((cell) => clean(cell.textContent));
    // ONS's ten most alike, from its ranking of every council: Nottingham first.
    expect(names[1]).to.equal('Nottingham');
    expect(names).not.to.deep.equal(['Blackpool', ...BLACKPOOL_NEIGHBOURS, 'Neighbours’ average', 'England']);
  });

  it('says a council created after an old list was made has no neighbours in it, and keeps England’s verdict', async () => {
    const card = await fixture<OatIndicator>(
      html`<oat-indicator indicator="children-in-need" area="E06000063" comparator="neighbours" neighbours-list="dfe-2021"></oat-indicator>`,
    );
    await settled(card);
    expect(partText(card, 'verdict')).to.match(/England/);
    const comparison = await comparisonIn(card);
    expect(partText(comparison, 'clause')).to.equal(
      'Not compared with councils like us: this list was made before Cumberland was created, so it gives the council no neighbours',
    );
  });

  it('explains an unknown comparator or list beside the indicator, which still shows England’s comparison', async () => {
    const watch = watchErrors();
    const card = await fixture<OatIndicator>(html`<oat-indicator indicator="children-in-need" area=${BLACKPOOL} comparator="neighbors"></oat-indicator>`);
    await settled(card);
    expect(partText(card, 'verdict')).to.equal('More pressure than England');
    const comparison = await comparisonIn(card);
    expect(partText(comparison, 'clause')).to.equal('There is no comparator called “neighbors”. Compare with england, region, neighbours.');
    watch.stop();
    expect(watch.errors).to.deep.equal([]);
  });
});

describe('comparing with the region', () => {
  it('judges the region’s figure the way England’s is (Blackpool children in need against the North West)', async () => {
    const card = await fixture<OatIndicator>(html`<oat-indicator indicator="children-in-need" area=${BLACKPOOL} comparator="region"></oat-indicator>`);
    await settled(card);
    expect(partText(card, 'verdict')).to.equal('More pressure than England');
    const comparison = await comparisonIn(card);
    expect(partText(comparison, 'clause')).to.equal('and more than the North West');
    expect(figuresOf(comparison)).to.deep.equal(['North West: 383.7 per 10,000', 'Blackpool among the North West’s councils: highest of 24']);
    // The North West's 383.7 lies outside Blackpool's 95% interval, as England's does: tested, not positioned.
    expect(shadowText(comparison)).to.include('Tested against a 95% confidence interval by Byar’s method: the North West’s value lies outside it');
  });

  it('places the area among its region’s councils where no count exists (Blackpool school readiness)', async () => {
    const card = await fixture<OatIndicator>(html`<oat-indicator indicator="school-readiness" area=${BLACKPOOL} comparator="region"></oat-indicator>`);
    await settled(card);
    const comparison = await comparisonIn(card);
    expect(partText(comparison, 'clause')).to.equal('and worse than the North West (by position: 7th lowest of 24 – not a significance test)');
  });

  it('compares England with nothing else: England is not within a region', async () => {
    const card = await fixture<OatIndicator>(html`<oat-indicator indicator="children-in-need" area="E92000001" comparator="region"></oat-indicator>`);
    await settled(card);
    const comparison = await comparisonIn(card);
    expect(partText(comparison, 'clause')).to.equal('England is not a council within a region, so it is compared with England only.');
  });
});

describe('the comparator in the domain, the assessment and the provider', () => {
  it('adds the clause to every domain row, with the neighbours’ figures a button away', async () => {
    const domain = await fixture<OatDomain>(html`<oat-domain domain="children-outcomes" area=${BLACKPOOL} comparator="neighbours"></oat-domain>`);
    await settled(domain);
    const row = domain.shadowRoot!.querySelector('[data-indicator="gcse-attainment"]')!;
    const comparison = row.querySelector<OatComparison>('oat-comparison')!;
    await settled(comparison);
    expect(partText(comparison, 'clause')).to.include('and worse than councils like us');
    const button = comparison.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(clean(button.textContent)).to.equal('Neighbours’ figures: Attainment 8');
    button.click();
    await comparison.updateComplete;
    expect(figuresOf(comparison)[0]).to.equal('Neighbours’ average: 42.7 points');
  });

  it('passes the provider’s comparator to every element inside it', async () => {
    const provider = await fixture(html`<oat-provider area=${BLACKPOOL} comparator="region">
      <oat-indicator indicator="children-in-need"></oat-indicator>
    </oat-provider>`);
    const card = provider.querySelector<OatIndicator>('oat-indicator')!;
    await settled(card);
    const comparison = await comparisonIn(card);
    expect(partText(comparison, 'clause')).to.equal('and more than the North West');
  });

  it('lets the reader switch the assessment to neighbours; England’s comparison still leads the opening', async () => {
    const assessment = await fixture<OatAssessment>(html`<oat-assessment area=${BLACKPOOL} notes="off"></oat-assessment>`);
    await settled(assessment);
    const select = assessment.shadowRoot!.querySelector<HTMLSelectElement>('[part="compare"] select')!;
    expect([...select.options].map((option) => option.textContent!.trim())).to.deep.equal([
      'England only',
      'North West',
      'Statistical neighbours (DfE, May 2025)',
      'Statistical neighbours (DfE, April 2021)',
      'Nearest neighbours (ONS)',
    ]);
    // A control the size of the others (at least 24 px, WCAG 2.2 target size), in the page's font.
    expect(select.getBoundingClientRect().height).to.be.at.least(24);
    expect(getComputedStyle(select).fontFamily).to.equal(getComputedStyle(assessment).fontFamily);
    select.value = 'neighbours dfe-2025';
    select.dispatchEvent(new Event('change'));
    await settled(assessment);
    expect(assessment.getAttribute('comparator')).to.equal('neighbours');
    const standout = assessment.shadowRoot!.querySelector('[part~="standout"]')!;
    const item = standout.querySelector('[data-indicator="children-in-need"]')!;
    const comparison = item.querySelector<OatComparison>('oat-comparison')!;
    await settled(comparison);
    expect(clean(item.textContent)).to.match(/^Children in need: 606\.1 per 10,000 \(England 330\.3 per 10,000\), 2024\/25 – a significant difference/);
    expect(partText(comparison, 'clause')).to.equal('and more than councils like us (DfE statistical neighbours, May 2025)');
    const group = standout.querySelector<OatComparison>('p oat-comparison[view="group"]')!;
    await settled(group);
    expect(shadowText(group)).to.equal(
      `Each is also compared with councils like Blackpool – its DfE statistical neighbours, May 2025: ${BLACKPOOL_NEIGHBOURS.join(', ')} – by their average, as DfE’s local authority interactive tool shows it.`,
    );
  });
});

describe('the choropleth and neighbours', () => {
  it('outlines the chosen council’s neighbours, names the list in the key and marks them in the table', async () => {
    const map = await fixture<OatChoropleth>(html`<oat-choropleth indicator="children-in-need" area=${BLACKPOOL} comparator="neighbours"></oat-choropleth>`);
    await settled(map);
    await waitUntil(() => map.shadowRoot!.querySelectorAll('[part="neighbour"]').length > 0, 'the neighbours are outlined', { timeout: 5000 });
    const outlined = [...map.shadowRoot!.querySelectorAll('[part="neighbour"]')].map((path) => path.getAttribute('data-code'));
    expect(outlined).to.have.length(10);
    expect(clean(map.shadowRoot!.querySelector('.neighbour-key')!.textContent)).to.equal(
      'Dashed outline: Blackpool’s statistical neighbours (DfE statistical neighbours, May 2025)',
    );
    expect(map.shadowRoot!.querySelector('path.area[data-code="E06000001"]')!.getAttribute('aria-label')).to.include(
      'A statistical neighbour of Blackpool (DfE statistical neighbours, May 2025)',
    );
  });

  it('outlines nothing, and fetches no list, without comparator="neighbours"', async () => {
    const map = await fixture<OatChoropleth>(html`<oat-choropleth indicator="children-in-need" area=${BLACKPOOL}></oat-choropleth>`);
    await settled(map);
    await waitUntil(() => map.shadowRoot!.querySelector('path.area'), 'the map is drawn', { timeout: 5000 });
    expect(map.shadowRoot!.querySelectorAll('[part="neighbour"]')).to.have.length(0);
    expect(map.shadowRoot!.querySelector('.neighbour-key')).to.equal(null);
  });
});
