import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { CATALOGUE } from '../src/catalogue/catalogue.js';
import { NEIGHBOUR_LISTS } from '../src/comparators/format.js';
import '../components/oat-comparison/define.js';
import '../components/oat-indicator/define.js';
import '../components/oat-assessment/define.js';
import '../components/oat-choropleth/define.js';
import type { OatComparison } from '../components/oat-comparison/oat-comparison.js';
import type { OatIndicator } from '../components/oat-indicator/oat-indicator.js';
import type { OatAssessment } from '../components/oat-assessment/oat-assessment.js';
import type { OatChoropleth } from '../components/oat-choropleth/oat-choropleth.js';
import { BLACKPOOL_NEIGHBOURS } from '../test/blackpool-neighbours.js';
import { expectPart, partText, shown, AREA_CONTROL, HEADING_LEVEL_CONTROL } from './support.js';

/**
 * Comparing a council with its region or its statistical neighbours, besides England. England's
 * comparison always leads; the second one adds a clause ("and more than councils like us"), the group's
 * figure (the region's, or the neighbours' plain average, as DfE's LAIT shows it), the council's rank among
 * the group and among all councils, and – for neighbours – each neighbour's figure, closest first, with
 * the list and its vintage named. Every figure is Blackpool's (E06000009) from the embedded snapshot.
 */

/** The story's args are the element's attributes, under their attribute names. */
interface ComparisonArgs {
  indicator: string;
  area: string;
  comparator: string;
  'neighbours-list'?: string;
  'heading-level': number;
}

const BLACKPOOL = 'E06000009';

const meta = {
  title: 'Elements/oat-comparison',
  component: 'oat-comparison',
  render: (args) => html`<oat-comparison
    indicator=${ifDefined(args.indicator)}
    area=${ifDefined(args.area)}
    comparator=${ifDefined(args.comparator)}
    neighbours-list=${ifDefined(args['neighbours-list'])}
    heading-level=${ifDefined(args['heading-level'])}
  ></oat-comparison>`,
  args: { indicator: 'children-in-need', area: BLACKPOOL, comparator: 'neighbours', 'heading-level': 4 },
  argTypes: {
    indicator: { control: 'select', options: CATALOGUE.map((definition) => definition.slug) },
    area: AREA_CONTROL,
    comparator: { control: 'select', options: ['region', 'neighbours'] },
    'neighbours-list': { control: 'select', options: [...NEIGHBOUR_LISTS] },
    'heading-level': HEADING_LEVEL_CONTROL,
  },
} satisfies Meta<ComparisonArgs>;

export default meta;
type Story = StoryObj<ComparisonArgs>;

/** The figures of a comparison as "term: value" pairs. */
function figuresOf(element: Element): string[] {
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  return [...(element.shadowRoot?.querySelectorAll('[part="figures"] div') ?? [])].map(
    (pair) => `${clean(pair.querySelector('dt')?.textContent)}: ${clean(pair.querySelector('dd')?.textContent)}`,
  );
}

/** The `<oat-comparison>` inside an element's shadow root, once there. */
async function comparisonIn(host: Element): Promise<OatComparison> {
  await waitFor(() => expect(host.shadowRoot?.querySelector('oat-comparison')).not.toBeNull());
  const found = host.shadowRoot!.querySelector<OatComparison>('oat-comparison')!;
  await found.updateComplete;
  return found;
}

/**
 * Blackpool's rate of children in need, 606.1 per 10,000, against its ten DfE statistical neighbours
 * of May 2025 (the default list). Their plain mean is 494.1 per 10,000 (4,940.8 ÷ 10); Blackpool is
 * 2nd highest of the eleven (only Hartlepool's 635.8 is higher) and 3rd highest of 153 councils.
 */
export const NeighboursDfeMay2025: Story = {
  name: 'Neighbours: DfE, May 2025 (default list)',
  play: async ({ canvasElement }) => {
    const element = await shown<OatComparison>(canvasElement, 'oat-comparison');
    await expectPart(element, 'clause', 'and more than councils like us (DfE statistical neighbours, May 2025)');
    await expect(figuresOf(element)).toEqual([
      'Neighbours’ average: 494.1 per 10,000',
      'Blackpool among itself and its neighbours: 2nd highest of 11',
      'Among all councils, 2024/25: 3rd highest of 153',
    ]);
    await expect(element.shadowRoot!.querySelector('[part="chart"]')!.getAttribute('aria-label')).toContain('Hartlepool');
    await expect(partText(element, 'source')).toContain('Children’s services statistical neighbours (May 2025)');
  },
};

/** The same neighbours as a table: each neighbour closest first, with DfE's label of how close it is. */
export const NeighboursAsTable: Story = {
  name: 'Neighbours: as a table',
  play: async ({ canvasElement }) => {
    const element = await shown<OatComparison>(canvasElement, 'oat-comparison');
    await expectPart(element, 'clause', /councils like us/);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
    await element.updateComplete;
    const names = [...element.shadowRoot!.querySelectorAll('[part="table"] tbody th')].map((cell) => (cell.textContent ?? '').trim());
    await expect(names).toEqual(['Blackpool', ...BLACKPOOL_NEIGHBOURS, 'Neighbours’ average', 'England']);
  },
};

/** DfE's earlier list, of April 2021: the list is always named with its vintage, since the lists disagree. */
export const NeighboursDfeApril2021: Story = {
  name: 'Neighbours: DfE, April 2021',
  args: { 'neighbours-list': 'dfe-2021' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatComparison>(canvasElement, 'oat-comparison');
    await expectPart(element, 'clause', /\(DfE statistical neighbours, April 2021\)$/);
  },
};

/** ONS's nearest neighbours give Blackpool a different group, Nottingham first. */
export const NeighboursOns: Story = {
  name: 'Neighbours: ONS nearest neighbours',
  args: { 'neighbours-list': 'ons' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatComparison>(canvasElement, 'oat-comparison');
    await expectPart(element, 'clause', /\(ONS nearest neighbours, 2023 council areas\)$/);
  },
};

/** Where no count exists, the council is placed among its neighbours and says a position is not a significance test. */
export const NeighboursByPosition: Story = {
  name: 'Neighbours: by position (Attainment 8)',
  args: { indicator: 'gcse-attainment' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatComparison>(canvasElement, 'oat-comparison');
    await expectPart(
      element,
      'clause',
      'and worse than councils like us (by position: lowest of 11 – not a significance test) (DfE statistical neighbours, May 2025)',
    );
  },
};

/** A council created after a list was made (Cumberland, 2023) has no neighbours in DfE's 2021 list: it says so. */
export const NotInTheList: Story = {
  name: 'Neighbours: a council the list does not cover',
  args: { area: 'E06000063', 'neighbours-list': 'dfe-2021' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatComparison>(canvasElement, 'oat-comparison');
    await expectPart(
      element,
      'clause',
      'Not compared with councils like us: this list was made before Cumberland was created, so it gives the council no neighbours',
    );
  },
};

/**
 * The North West's rate of 383.7 per 10,000 lies outside Blackpool's 95% interval, so Blackpool has
 * significantly more children in need than its region, judged the way England's figure is; it is the
 * highest of the region's 24 councils.
 */
export const Region: Story = {
  name: 'Region: judged like England',
  args: { comparator: 'region' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatComparison>(canvasElement, 'oat-comparison');
    await expectPart(element, 'clause', 'and more than the North West');
    await expect(figuresOf(element)).toEqual(['North West: 383.7 per 10,000', 'Blackpool among the North West’s councils: highest of 24']);
  },
};

/** School readiness has no count in the snapshot, so Blackpool is placed among the North West's councils. */
export const RegionByPosition: Story = {
  name: 'Region: by position (school readiness)',
  args: { comparator: 'region', indicator: 'school-readiness' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatComparison>(canvasElement, 'oat-comparison');
    await expectPart(element, 'clause', 'and worse than the North West (by position: 7th lowest of 24 – not a significance test)');
  },
};

/** England is not within a region: it says so, rather than comparing with nothing. */
export const RegionForEngland: Story = {
  name: 'Region: England has none',
  args: { comparator: 'region', area: 'E92000001' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatComparison>(canvasElement, 'oat-comparison');
    await expectPart(element, 'clause', 'England is not a council within a region, so it is compared with England only.');
  },
};

/** In an indicator card England's verdict leads, and the neighbours' clause adds to it. */
export const InAnIndicator: Story = {
  name: 'In <oat-indicator>: England first',
  render: (args) => html`<oat-indicator indicator=${args.indicator} area=${args.area} comparator=${args.comparator}></oat-indicator>`,
  play: async ({ canvasElement }) => {
    const card = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(card, 'verdict', 'More pressure than England');
    const comparison = await comparisonIn(card);
    await expectPart(comparison, 'clause', 'and more than councils like us (DfE statistical neighbours, May 2025)');
  },
};

/** A misspelt comparator is explained beside the indicator, whose England comparison still stands. */
export const UnknownComparator: Story = {
  name: 'In <oat-indicator>: an unknown comparator',
  args: { comparator: 'neighbors' },
  render: (args) => html`<oat-indicator indicator=${args.indicator} area=${args.area} comparator=${args.comparator}></oat-indicator>`,
  play: async ({ canvasElement }) => {
    const card = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(card, 'verdict', 'More pressure than England');
    const comparison = await comparisonIn(card);
    await expectPart(comparison, 'clause', 'There is no comparator called “neighbors”. Compare with england, region, neighbours.');
  },
};

/** The assessment's "Compare also with" switch: England only by default, the region, or one of three neighbour lists. */
export const AssessmentSwitch: Story = {
  name: 'In <oat-assessment>: the switch',
  render: (args) => html`<oat-assessment area=${args.area} notes="off"></oat-assessment>`,
  play: async ({ canvasElement }) => {
    const assessment = await shown<OatAssessment>(canvasElement, 'oat-assessment');
    await waitFor(() => expect(assessment.shadowRoot?.querySelector('[part="compare"] select')).not.toBeNull());
    const select = assessment.shadowRoot!.querySelector<HTMLSelectElement>('[part="compare"] select')!;
    await expect([...select.options].map((option) => (option.textContent ?? '').trim())).toEqual([
      'England only',
      'North West',
      'Statistical neighbours (DfE, May 2025)',
      'Statistical neighbours (DfE, April 2021)',
      'Nearest neighbours (ONS)',
    ]);
    await expect(select.value).toBe('england');
  },
};

/** The choropleth outlines Blackpool's neighbours, dashed, and names the list in its key. */
export const ChoroplethOutline: Story = {
  name: 'In <oat-choropleth>: neighbours outlined',
  render: (args) => html`<oat-choropleth indicator=${args.indicator} area=${args.area} comparator="neighbours"></oat-choropleth>`,
  play: async ({ canvasElement }) => {
    const map = await shown<OatChoropleth>(canvasElement, 'oat-choropleth');
    await waitFor(() => expect(map.shadowRoot?.querySelectorAll('[part="neighbour"]').length).toBe(10), { timeout: 5000 });
    const key = (map.shadowRoot!.querySelector('.neighbour-key')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    await expect(key).toBe('Dashed outline: Blackpool’s statistical neighbours (DfE statistical neighbours, May 2025)');
  },
};
