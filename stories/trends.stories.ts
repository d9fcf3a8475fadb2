import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { CATALOGUE } from '../src/catalogue/catalogue.js';
import { NEIGHBOUR_LISTS } from '../src/comparators/format.js';
import '../components/oat-trend/define.js';
import '../components/oat-indicator/define.js';
import type { OatTrend } from '../components/oat-trend/oat-trend.js';
import type { OatIndicator } from '../components/oat-indicator/oat-indicator.js';
import { expectPart, partText, shown, AREA_CONTROL, HEADING_LEVEL_CONTROL } from './support.js';

/**
 * An indicator over time: the area with England (and its region or neighbours' average, when asked),
 * a chart with 95% intervals where they are known, a table of every period under the source's own
 * labels, and a verdict like Fingertips' "recent trend" – its chi-squared test for a linear trend over
 * the latest five comparable periods, read through the opportunity reading – or, where no counts or
 * intervals are published, the direction only, said to be untested. Breaks in a series are said.
 */

interface TrendArgs {
  indicator: string;
  area: string;
  comparator?: string;
  'neighbours-list'?: string;
  'heading-level': number;
}

const BLACKPOOL = 'E06000009';

const meta = {
  title: 'Elements/oat-trend',
  component: 'oat-trend',
  render: (args) => html`<oat-trend
    indicator=${ifDefined(args.indicator)}
    area=${ifDefined(args.area)}
    comparator=${ifDefined(args.comparator)}
    neighbours-list=${ifDefined(args['neighbours-list'])}
    heading-level=${ifDefined(args['heading-level'])}
  ></oat-trend>`,
  args: { indicator: 'children-in-need', area: BLACKPOOL, 'heading-level': 4 },
  argTypes: {
    indicator: { control: 'select', options: CATALOGUE.map((definition) => definition.slug) },
    area: AREA_CONTROL,
    comparator: { control: 'select', options: ['england', 'region', 'neighbours'] },
    'neighbours-list': { control: 'select', options: [...NEIGHBOUR_LISTS] },
    'heading-level': HEADING_LEVEL_CONTROL,
  },
} satisfies Meta<TrendArgs>;

export default meta;
type Story = StoryObj<TrendArgs>;

/** The verdict's data-effect: better, worse, none or untested. */
const effectOf = (trend: Element) => trend.shadowRoot?.querySelector('[part="verdict"]')?.getAttribute('data-effect');

/** The breaks listed under the verdict, by kind. */
const breakKinds = (trend: Element) => [...(trend.shadowRoot?.querySelectorAll('[part="breaks"] li') ?? [])].map((item) => item.getAttribute('data-kind'));

/**
 * Blackpool's children in need fell from 714.3 per 10,000 in 2020/21 to 606.1 in 2024/25: significant
 * on Fingertips' test (99.8% confidence), and a fall in a pressure is less pressure.
 */
export const Falling: Story = {
  name: 'Falling – less pressure (Blackpool, children in need)',
  play: async ({ canvasElement }) => {
    const trend = await shown<OatTrend>(canvasElement, 'oat-trend');
    await expectPart(trend, 'verdict', 'Falling – less pressure');
    await expect(effectOf(trend)).toBe('better');
    await expect(partText(trend, 'method')).toMatch(
      /^Tested with Fingertips’ chi-squared test for a linear trend over the latest 5 periods \(2020\/21 to 2024\/25\)/,
    );
  },
};

/** Blackburn with Darwen's children in need rose significantly: more pressure on its families. */
export const Rising: Story = {
  name: 'Rising – more pressure (Blackburn with Darwen, children in need)',
  args: { area: 'E06000008' },
  play: async ({ canvasElement }) => {
    const trend = await shown<OatTrend>(canvasElement, 'oat-trend');
    await expectPart(trend, 'verdict', 'Rising – more pressure');
    await expect(effectOf(trend)).toBe('worse');
  },
};

/** Blackpool's 16–17-year-olds not in education, employment or training: no significant change, tested from derived counts, which it says. */
export const NoSignificantChange: Story = {
  name: 'No significant change (Blackpool, NEET)',
  args: { indicator: 'neet-16-17' },
  play: async ({ canvasElement }) => {
    const trend = await shown<OatTrend>(canvasElement, 'oat-trend');
    await expectPart(trend, 'verdict', 'No significant change');
    await expect(partText(trend, 'method')).toContain('counts derived from published figures');
  },
};

/** Attainment 8 comes with no counts or intervals, so only its direction is given, said to be untested. */
export const Untested: Story = {
  name: 'Direction only, untested (Blackpool, Attainment 8)',
  args: { indicator: 'gcse-attainment' },
  play: async ({ canvasElement }) => {
    const trend = await shown<OatTrend>(canvasElement, 'oat-trend');
    await expectPart(trend, 'verdict', 'Falling – not tested');
    await expect(effectOf(trend)).toBe('untested');
    await expect(partText(trend, 'method')).toMatch(/^Not tested: no counts or confidence intervals are published/);
  },
};

/** A Census indicator has one period: there is no trend, and no chart. */
export const SinglePeriod: Story = {
  name: 'One period only (Census 2021)',
  args: { indicator: 'relationship-breakdown' },
  play: async ({ canvasElement }) => {
    const trend = await shown<OatTrend>(canvasElement, 'oat-trend');
    await expectPart(trend, 'verdict', 'One period only');
    await expect(partText(trend, 'method')).toBe('Census 2021 is the only period published. There is no trend to read.');
    await expect(trend.shadowRoot!.querySelector('[part="chart"]')).toBeNull();
  },
};

/**
 * School readiness breaks at 2021/22: DfE says results since the 2021 reform of the early years
 * foundation stage profile cannot be compared with earlier years. The chart lifts its line there, the
 * test never spans the break, and four comparable periods are too few to test.
 */
export const SeriesBreak: Story = {
  name: 'Series break (school readiness, EYFSP 2021 reform)',
  args: { indicator: 'school-readiness' },
  play: async ({ canvasElement }) => {
    const trend = await shown<OatTrend>(canvasElement, 'oat-trend');
    await expectPart(trend, 'verdict', 'Rising – too few periods to test');
    await waitFor(() => expect(breakKinds(trend)).toContain('definition'));
    await expect(partText(trend, 'breaks')).toContain('Break before 2021/22: The early years foundation stage profile was significantly revised');
    await expect(trend.shadowRoot!.querySelector('[part="chart"]')!.getAttribute('aria-label')).toContain('The series breaks before 2021/22');
  },
};

/** North Northamptonshire was created in 2021: its series starts then, and says so. */
export const ReorganisedCouncil: Story = {
  name: 'Series break (a reorganised council)',
  args: { area: 'E06000061' },
  play: async ({ canvasElement }) => {
    const trend = await shown<OatTrend>(canvasElement, 'oat-trend');
    await waitFor(() => expect(breakKinds(trend)).toEqual(['reorganisation']));
    await expect(partText(trend, 'method')).toContain('since the council was created');
  },
};

/** With its region: the North West's line beside England's. */
export const WithRegion: Story = {
  name: 'With the region',
  args: { comparator: 'region' },
  play: async ({ canvasElement }) => {
    const trend = await shown<OatTrend>(canvasElement, 'oat-trend');
    await expectPart(trend, 'verdict', 'Falling – less pressure');
    await expect(trend.shadowRoot!.querySelector('.legend')?.textContent ?? '').toContain('North West');
  },
};

/** With its neighbours' average, the list named with its vintage. */
export const WithNeighbours: Story = {
  name: 'With the neighbours’ average',
  args: { comparator: 'neighbours' },
  play: async ({ canvasElement }) => {
    const trend = await shown<OatTrend>(canvasElement, 'oat-trend');
    await expectPart(trend, 'verdict', 'Falling – less pressure');
    await expect((trend.shadowRoot!.querySelector('.legend')?.textContent ?? '').replace(/\s+/g, ' ')).toContain(
      'Neighbours’ average (DfE statistical neighbours, May 2025)',
    );
  },
};

/** Every period as a table: the source's labels, the count and denominator, England and the interval. */
export const AsTable: Story = {
  name: 'As a table',
  play: async ({ canvasElement }) => {
    const trend = await shown<OatTrend>(canvasElement, 'oat-trend');
    await expectPart(trend, 'verdict', 'Falling – less pressure');
    trend.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
    await trend.updateComplete;
    const periods = [...trend.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].map((row) => (row.children[0]?.textContent ?? '').trim());
    await expect(periods[0]).toBe('2012/13');
    await expect(periods.at(-1)).toBe('2024/25');
  },
};

/** Inside an indicator card the trend waits behind a button: its code and figures are fetched only when it is pressed. */
export const InAnIndicator: Story = {
  name: 'In <oat-indicator>: behind a button',
  render: (args) => html`<oat-indicator indicator=${args.indicator} area=${args.area}></oat-indicator>`,
  play: async ({ canvasElement }) => {
    const card = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await waitFor(() => expect(card.shadowRoot?.querySelector('[part="trend-toggle"]')).not.toBeNull());
    await expect(card.shadowRoot!.querySelector('oat-trend')).toBeNull();
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="trend-toggle"]')!.click();
    await waitFor(() => expect(card.shadowRoot?.querySelector('oat-trend')).not.toBeNull());
    const trend = card.shadowRoot!.querySelector<OatTrend>('oat-trend')!;
    await expectPart(trend, 'verdict', 'Falling – less pressure');
  },
};
