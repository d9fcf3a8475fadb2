import { expect, fixture, html } from '@open-wc/testing';
import '../../components/oat-indicator/define.js';
import '../../components/oat-domain/define.js';
import '../../components/oat-trend/define.js';
import type { OatDomain } from '../../components/oat-domain/oat-domain.js';
import type { OatIndicator } from '../../components/oat-indicator/oat-indicator.js';
import type { OatTrend } from '../../components/oat-trend/oat-trend.js';
import { partText, settled, watchErrors } from './helpers.js';

const BLACKPOOL = 'E06000009';
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Trend files fetched so far. */
const trendFiles = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/trends/'));

/** The rows of a trend's table, each as its cells' text. */
async function tableOf(trend: OatTrend): Promise<string[][]> {
  trend.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
  await trend.updateComplete;
  return [...trend.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].map((row) => [...row.children].map((cell) => clean(cell.textContent)));
}

async function trendOf(indicator: string, area: string, comparator?: string): Promise<OatTrend> {
  const trend = await fixture<OatTrend>(html`<oat-trend indicator=${indicator} area=${area} comparator=${comparator ?? 'england'}></oat-trend>`);
  await settled(trend);
  return trend;
}

describe('<oat-trend>', () => {
  it('tests Blackpool’s children in need over the latest five periods and reads the fall as less pressure', async () => {
    const trend = await trendOf('children-in-need', BLACKPOOL);
    expect(partText(trend, 'verdict')).to.equal('Falling – less pressure');
    expect(trend.shadowRoot!.querySelector('[part="verdict"]')!.getAttribute('data-effect')).to.equal('better');
    const method = partText(trend, 'method');
    expect(method).to.match(
      /^Tested with Fingertips’ chi-squared test for a linear trend over the latest 5 periods \(2020\/21 to 2024\/25\), from each period’s 95% confidence interval, at 99\.8% confidence \(χ² = [\d.,]+\): a significant fall, from 714\.3 per 10,000 in 2020\/21 to 606\.1 per 10,000 in 2024\/25\.$/,
    );
  });

  it('reads a significant rise in a pressure as more pressure (Blackburn with Darwen children in need)', async () => {
    const trend = await trendOf('children-in-need', 'E06000008');
    expect(partText(trend, 'verdict')).to.equal('Rising – more pressure');
    expect(trend.shadowRoot!.querySelector('[part="verdict"]')!.getAttribute('data-effect')).to.equal('worse');
  });

  it('finds no significant change from derived counts, and says they are derived (Blackpool NEET)', async () => {
    const trend = await trendOf('neet-16-17', BLACKPOOL);
    expect(partText(trend, 'verdict')).to.equal('No significant change');
    expect(partText(trend, 'method')).to.include('from counts and denominators (counts derived from published figures)');
  });

  it('gives the direction only, said to be untested, where no counts are published (Blackpool Attainment 8)', async () => {
    const trend = await trendOf('gcse-attainment', BLACKPOOL);
    expect(partText(trend, 'verdict')).to.equal('Falling – not tested');
    expect(trend.shadowRoot!.querySelector('[part="verdict"]')!.getAttribute('data-effect')).to.equal('untested');
    expect(partText(trend, 'method')).to.equal(
      'Not tested: no counts or confidence intervals are published for these periods, so no test can be made. This is the direction only: from 41.7 points in 2020/21 to 37.0 points in 2024/25.',
    );
  });

  it('says a Census indicator has one period', async () => {
    const trend = await trendOf('relationship-breakdown', BLACKPOOL);
    expect(partText(trend, 'verdict')).to.equal('One period only');
    expect(partText(trend, 'method')).to.equal('Census 2021 is the only period published. There is no trend to read.');
    expect(trend.shadowRoot!.querySelector('[part="chart"]')).to.equal(null);
  });

  it('breaks school readiness at 2021/22, in DfE’s words, and never tests across the break', async () => {
    const trend = await trendOf('school-readiness', BLACKPOOL);
    const breaks = [...trend.shadowRoot!.querySelectorAll('[part="breaks"] li')].map((item) => [item.getAttribute('data-kind'), clean(item.textContent)]);
    expect(breaks).to.deep.include([
      'definition',
      'Break before 2021/22: The early years foundation stage profile was significantly revised in the reforms of September 2021; the Department for Education says it is not possible to directly compare results since 2021/22 with earlier years. Source',
    ]);
    expect(breaks.map(([kind]) => kind)).to.include('gap');
    expect(partText(trend, 'verdict')).to.equal('Rising – too few periods to test');
    expect(partText(trend, 'method')).to.include('there are 4 comparable periods in a row since the change of definition; a trend is tested over 5');
    expect(partText(trend, 'method')).to.include('from 60.1% in 2021/22 to 63.5% in 2024/25');
    // The chart marks the break and lifts the line there.
    expect([...trend.shadowRoot!.querySelectorAll('[part="chart"] text')].map((text) => text.textContent)).to.include('break');
    expect(trend.shadowRoot!.querySelector('[part="chart"]')!.getAttribute('aria-label')).to.include('The series breaks before 2021/22');
    const rows = await tableOf(trend);
    const reform = rows.find((row) => row[0] === '2021/22')!;
    expect(reform.at(-1)).to.include('Break: The early years foundation stage profile was significantly revised');
    expect(rows.find((row) => row[0] === '2019/20')!.at(-1)).to.include('published no value');
  });

  it('starts a reorganised council’s series when it was created (North Northamptonshire children in need)', async () => {
    const trend = await trendOf('children-in-need', 'E06000061');
    const breaks = [...trend.shadowRoot!.querySelectorAll('[part="breaks"] li')].map((item) => item.getAttribute('data-kind'));
    expect(breaks).to.deep.equal(['reorganisation']);
    expect(partText(trend, 'method')).to.include('since the council was created');
  });

  it('draws the comparator too: the region, or the neighbours’ average, named with the list', async () => {
    const region = await trendOf('children-in-need', BLACKPOOL, 'region');
    expect(clean(region.shadowRoot!.querySelector('.legend')!.textContent)).to.include('North West');
    const neighbours = await trendOf('children-in-need', BLACKPOOL, 'neighbours');
    expect(clean(neighbours.shadowRoot!.querySelector('.legend')!.textContent)).to.include('Neighbours’ average (DfE statistical neighbours, May 2025)');
    const rows = await tableOf(neighbours);
    // 2024/25: the same average as the comparison of the latest period shows.
    expect(rows.at(-1)!.slice(0, 2)).to.deep.equal(['2024/25', '606.1 per 10,000']);
    expect(rows.at(-1)).to.include('494.1 per 10,000');
  });

  it('shows every period in its table with the source’s labels, counts and denominators, England and the interval', async () => {
    const trend = await trendOf('children-in-need', BLACKPOOL);
    const rows = await tableOf(trend);
    expect(rows.map((row) => row[0])).to.deep.equal([
      '2012/13',
      '2013/14',
      '2014/15',
      '2015/16',
      '2016/17',
      '2017/18',
      '2018/19',
      '2019/20',
      '2020/21',
      '2021/22',
      '2022/23',
      '2023/24',
      '2024/25',
    ]);
    expect(rows.at(-1)!.slice(0, 6)).to.deep.equal(['2024/25', '606.1 per 10,000', '578.0 to 635.1', '1,753', '28,923', '330.3 per 10,000']);
    expect(partText(trend, 'source')).to.include('Open Government Licence v3.0');
  });

  it('says an area outside the snapshot’s history has no earlier figures', async () => {
    const watch = watchErrors();
    const trend = await fixture<OatTrend>(html`<oat-trend indicator="families-out-of-work" area=${BLACKPOOL}></oat-trend>`);
    await settled(trend);
    expect(partText(trend, 'verdict')).to.equal('No recent figure');
    expect(partText(trend, 'source')).to.equal('The embedded snapshot holds no earlier figures for out of work.');
    watch.stop();
    expect(watch.errors).to.deep.equal([]);
  });
});

describe('the trend inside other elements', () => {
  it('fetches neither the trend’s code nor its figures until “Trend over time” is pressed', async () => {
    const before = trendFiles().length;
    const card = await fixture<OatIndicator>(html`<oat-indicator indicator="looked-after-children" area="E08000025"></oat-indicator>`);
    await settled(card);
    expect(partText(card, 'value')).to.match(/per 10,000/);
    const button = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="trend-toggle"]')!;
    expect(clean(button.textContent)).to.equal('Trend over time: Looked after');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(card.shadowRoot!.querySelector('oat-trend')).to.equal(null);
    expect(trendFiles().length).to.equal(before);
    button.click();
    await card.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const trend = card.shadowRoot!.querySelector<OatTrend>('oat-trend')!;
    await customElements.whenDefined('oat-trend');
    await settled(trend);
    expect(trendFiles().some((name) => name.endsWith('/E08000025.json'))).to.equal(true);
    expect(partText(trend, 'verdict')).to.not.equal('');
    expect(partText(trend, 'verdict')).to.not.equal('No recent figure');
  });

  it('puts a trend button in every domain row that has figures, and none where the snapshot has none', async () => {
    const domain = await fixture<OatDomain>(html`<oat-domain domain="children-outcomes" area=${BLACKPOOL}></oat-domain>`);
    await settled(domain);
    const row = domain.shadowRoot!.querySelector('[data-indicator="school-readiness"]')!;
    row.querySelector<HTMLButtonElement>('[part="trend-toggle"]')!.click();
    await domain.updateComplete;
    const trend = row.querySelector<OatTrend>('oat-trend')!;
    await customElements.whenDefined('oat-trend');
    await settled(trend);
    expect(partText(trend, 'verdict')).to.equal('Rising – too few periods to test');
    expect(domain.shadowRoot!.querySelector('[data-indicator="wellbeing-age-15"] [part="trend-toggle"]')).to.equal(null);
  });
});
