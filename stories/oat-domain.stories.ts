// Long because each story is one documented state of <oat-domain>; they run as tests, so every domain,
// option and data source has its own.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { DOMAINS } from '../src/catalogue/domains.js';
import { SOURCE_NAMES } from '../src/sources/registry.js';
import '../components/oat-domain/define.js';
import type { OatDomain } from '../components/oat-domain/oat-domain.js';
import { printLayout } from './frames.js';
import {
  expectFrame,
  expectPart,
  inShadow,
  partText,
  rendered,
  shown,
  sourceFor,
  widthOf,
  AREA_CONTROL,
  SOURCE_CONTROL,
  HEADING_LEVEL_CONTROL,
} from './support.js';
import { LIVE_UNAVAILABLE_NOTICE, SOURCES } from './shown-texts.js';

/** The story's args are the element's attributes, under their attribute names. */
interface DomainArgs {
  domain: string;
  area: string;
  source: string;
  'heading-level': number;
}

const DOMAIN_IDS = DOMAINS.map((domain) => domain.id);

/** The rows on screen, as `[indicator slug, verdict]`. */
function rows(element: OatDomain): [string | undefined, string | undefined][] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')].map((row) => [row.dataset.indicator, row.dataset.verdict]);
}

/** What one row shows in a part: its verdict, or how the verdict was reached (`judged`). */
function rowSays(element: OatDomain, slug: string, part: 'verdict' | 'judged'): string {
  const found = element.shadowRoot!.querySelector(`[part~="row"][data-indicator="${slug}"] [part~="${part}"]`);
  return (found?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The labels over the spine charts' two ends, left then right. */
function chartEnds(element: OatDomain): string[] {
  return [...element.shadowRoot!.querySelectorAll('.head .chart-cell .ends > span')].map((end) => (end.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The figure in a row's area column. */
function valueIn(element: OatDomain, slug: string): string {
  const cell = element.shadowRoot!.querySelector(`[part~="row"][data-indicator="${slug}"] .value`);
  return (cell?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const meta = {
  title: 'Elements/oat-domain',
  // Links the stories to the element's entry in custom-elements.json, which the docs tables come from.
  component: 'oat-domain',
  // A story that needs a source no attribute can name sets `parameters.dataSource` (stories/story-sources.ts).
  render: (args, context) => html`<oat-domain
    domain=${ifDefined(args.domain)}
    area=${ifDefined(args.area)}
    source=${ifDefined(args.source || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    .dataSource=${sourceFor(context)}
  ></oat-domain>`,
  args: { domain: 'stressful-circumstances', area: 'E09000008', source: 'snapshot', 'heading-level': 3 },
  argTypes: {
    // Controls only: names, descriptions and types come from the manifest.
    domain: { control: 'select', options: DOMAIN_IDS },
    area: AREA_CONTROL,
    source: SOURCE_CONTROL,
    'heading-level': HEADING_LEVEL_CONTROL,
  },
} satisfies Meta<DomainArgs>;

export default meta;
type Story = StoryObj<DomainArgs>;

/**
 * Croydon’s homes are far more crowded than England’s (10.4% against 4.4%): more pressure on its
 * families. Fewer of its children live in low-income families (16.4% against 19.8%); no count is
 * published for that, so its verdict is Croydon’s position among councils – 96th of 153, counting from
 * the most pressure – and the row says so in a few words. Two of the four indicators have no snapshot
 * figures: with nothing to chart, each reason takes the chart’s column too. In every chart more pressure
 * is to the left.
 */
export const CroydonStressfulCircumstances: Story = {
  name: 'Croydon: stressful circumstances',
  args: { domain: 'stressful-circumstances', area: 'E09000008' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'Stressful circumstances' })).toBeVisible();
    await expectPart(
      element,
      'summary',
      'Croydon: More pressure than England on 1 of 4 measures; less pressure on 1 (1 judged by position among councils); no data on 2.',
    );
    await expect(rows(element)).toEqual([
      ['families-out-of-work', 'no-data'],
      ['family-homelessness', 'no-data'],
      ['children-in-low-income-families', 'better'],
      ['household-overcrowding', 'worse'],
    ]);
    await expect(valueIn(element, 'household-overcrowding')).toBe('10.4%');
    await expect(rowSays(element, 'children-in-low-income-families', 'verdict')).toBe('Among the two fifths of councils with the least pressure');
    await expect(rowSays(element, 'children-in-low-income-families', 'judged')).toBe(
      'By position among 153 councils (96th from the most pressure); not a significance test',
    );
    await expect(rowSays(element, 'household-overcrowding', 'judged')).toBe('A significant difference (tested: 95% interval, Wilson)');
    // A row without figures has no chart: its reason spans the verdict's and the chart's columns.
    const reasonCell = (slug: string) => element.shadowRoot!.querySelector(`[part~="row"][data-indicator="${slug}"] td.verdict-cell`);
    await expect(reasonCell('family-homelessness')).toHaveAttribute('colspan', '2');
    await expect(reasonCell('household-overcrowding')).not.toHaveAttribute('colspan');
    await expect(chartEnds(element)).toEqual(['← more pressure', 'less pressure →']);
  },
};

/**
 * More of Blackpool’s families are under pressure than England’s on eight of the nine vulnerabilities –
 * children in need (606.1 per 10,000 against 330.3), parents in treatment for alcohol or drugs, parents’
 * mental health, young carers, disability in the household, unpaid carers and, by position among
 * councils, pupils with special educational needs. Only adults’ life satisfaction is similar to England’s.
 */
export const BlackpoolIndividualVulnerabilities: Story = {
  name: 'Blackpool: individual vulnerabilities',
  args: { domain: 'individual-vulnerabilities', area: 'E06000009' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'Individual and family vulnerabilities' })).toBeVisible();
    await expectPart(element, 'summary', 'Blackpool: More pressure than England on 8 of 9 measures (1 judged by position among councils); similar on 1.');
    await expect(rows(element)).toEqual([
      ['adult-mental-health', 'worse'],
      ['adult-low-wellbeing', 'similar'],
      ['pupils-with-sen', 'worse'],
      ['young-carers', 'worse'],
      ['families-with-health-problems', 'worse'],
      ['children-in-need', 'worse'],
      ['parents-in-alcohol-treatment', 'worse'],
      ['parents-in-drug-treatment', 'worse'],
      ['unpaid-carers', 'worse'],
    ]);
    await expect(valueIn(element, 'children-in-need')).toBe('606.1 per 10,000');
    // Every chart has a text equivalent naming the area, its interval and England.
    const chart = element.shadowRoot!.querySelector('[data-indicator="children-in-need"] svg[role="img"]');
    await expect(chart?.getAttribute('aria-label')).toMatch(/^Blackpool: 606\.1 per 10,000 \(95% confidence interval .* England: 330\.3 per 10,000\./);
  },
};

/**
 * Gateshead’s family relationships: more of its adults are separated or divorced (11.9% against 11.3%)
 * and more of its households are headed by a lone parent (7.5% against 6.9%) than England’s – more
 * pressure on families; domestic abuse is similar to England’s, and births outside marriage has no figures.
 */
export const GatesheadFamilyRelationships: Story = {
  name: 'Gateshead: family relationships',
  args: { domain: 'family-relationships', area: 'E08000037' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'Family relationships and dynamics' })).toBeVisible();
    await expectPart(element, 'summary', 'Gateshead: More pressure than England on 2 of 4 measures; similar on 1; no data on 1.');
    await expect(rows(element)).toEqual([
      ['relationship-breakdown', 'worse'],
      ['domestic-abuse', 'similar'],
      ['lone-parent-households', 'worse'],
      ['births-outside-marriage', 'no-data'],
    ]);
    await expect(valueIn(element, 'relationship-breakdown')).toBe('11.9%');
    await expect(valueIn(element, 'domestic-abuse')).toBe('127.2 per 10,000');
  },
};

/**
 * Newcastle upon Tyne’s children fare worse than England’s on 6 of the 10 outcomes. Two are tested
 * differences: more children are looked after (107 per 10,000 against 67), and more 16–17 year olds are
 * not in education, employment or training (7.9% against 5.6%, tested with a count worked out from the
 * published percentage, which the row says). Four are judged by Newcastle’s position among councils, as
 * no counts are published: under-18 conceptions, school readiness, Attainment 8 and first-time entrants
 * to youth justice. The title is at level 2, to fit a page where the domain is a main section; in every
 * chart worse is to the left.
 */
export const NewcastleChildrenOutcomes: Story = {
  name: 'Newcastle upon Tyne: children’s outcomes',
  args: { domain: 'children-outcomes', area: 'E08000021', 'heading-level': 2 },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(inShadow(element).getByRole('heading', { level: 2, name: 'Children’s outcomes' })).toBeVisible();
    await expectPart(
      element,
      'summary',
      'Newcastle upon Tyne: Children fare worse than England on 6 of 10 measures (4 judged by position among councils); similar on 1; no data on 3.',
    );
    await expect(rows(element)).toHaveLength(10);
    await expect(
      rows(element)
        .filter(([, verdict]) => verdict === 'worse')
        .map(([slug]) => slug),
    ).toEqual(['under-18-conceptions', 'school-readiness', 'gcse-attainment', 'looked-after-children', 'first-time-entrants-youth-justice', 'neet-16-17']);
    await expect(valueIn(element, 'looked-after-children')).toBe('107 per 10,000');
    await expect(valueIn(element, 'school-readiness')).toBe('66.4%');
    await expect(rowSays(element, 'school-readiness', 'verdict')).toBe('Among the two fifths of councils where children fare worst');
    await expect(valueIn(element, 'neet-16-17')).toBe('7.9%');
    await expect(rowSays(element, 'neet-16-17', 'verdict')).toBe('Worse than England');
    await expect(rowSays(element, 'neet-16-17', 'judged')).toBe('A significant difference (tested: 95% interval, Wilson, derived count)');
    await expect(chartEnds(element)).toEqual(['← worse', 'better →']);
  },
};

/**
 * “Show as table” swaps the charts for the figures behind them, in columns with headers: each figure’s
 * 95% confidence interval, England’s figure, the verdict and how it was judged, the lowest and highest
 * council, and where the figure comes from. The charts’ “Download chart (PNG)” goes with them.
 */
export const ShowAsTable: Story = {
  name: 'Blackpool: shown as a table',
  args: { domain: 'individual-vulnerabilities', area: 'E06000009' },
  play: async ({ canvasElement, step }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    const shadow = inShadow(element);
    // Each chart is a figure with an SVG image described in words.
    const charts = () => element.shadowRoot!.querySelectorAll('[part~="chart"] svg[role="img"]');
    await expect(charts()).toHaveLength(9);
    await expect(shadow.getByRole('button', { name: 'Download chart (PNG)' })).toBeVisible();

    await step('Press “Show as table”', async () => {
      await userEvent.click(shadow.getByRole('button', { name: 'Show as table', pressed: false }));
    });

    await waitFor(() => expect(shadow.getByRole('button', { name: 'Show as table' })).toHaveAttribute('aria-pressed', 'true'));
    const headers = shadow.getAllByRole('columnheader').map((header) => (header.textContent ?? '').replace(/\s+/g, ' ').trim());
    await expect(headers).toEqual([
      'Indicator',
      'Blackpool',
      '95% confidence interval',
      'England',
      'Compared with England',
      'How judged',
      'Lowest council',
      'Highest council',
      'Source',
    ]);
    const cell = (slug: string, label: string) => element.shadowRoot!.querySelector(`[part~="row"][data-indicator="${slug}"] [data-label="${label}"]`);
    await expect(cell('children-in-need', 'Compared with England')).toHaveTextContent('More pressure than England');
    await expect(cell('children-in-need', 'How judged')).toHaveTextContent('A significant difference (tested: 95% interval, Byar)');
    await expect(cell('children-in-need', 'Source')).toHaveTextContent(SOURCES.laitChildrenInNeed);
    await expect(cell('young-carers', 'Source')).toHaveTextContent(SOURCES.childrenInNeed);
    await expect(cell('pupils-with-sen', 'How judged')).toHaveTextContent(
      'By position among 153 councils (17th from the most pressure); not a significance test',
    );
    await expect(charts()).toHaveLength(0);
    await expect(shadow.queryByRole('button', { name: 'Download chart (PNG)' })).toBeNull();
    // The legend explains the charts, so it goes with them.
    await expect(shadow.queryByLabelText('How to read the charts')).toBeNull();
    await expect(rows(element)).toHaveLength(9);
    await expect(valueIn(element, 'children-in-need')).toBe('606.1 per 10,000');
  },
};

/** A misspelt domain is explained, with the closest real one suggested and the four listed. */
export const UnknownDomain: Story = {
  name: 'State: unknown domain',
  args: { domain: 'children-outcome', area: 'E09000008' },
  // Storybook drops a select's value that is not among its options, so offer the misspelling too.
  argTypes: { domain: { control: 'select', options: [...DOMAIN_IDS, 'children-outcome'] } },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'This part of the assessment could not be shown' })).toBeVisible();
    await expectPart(element, 'status', /^There is no domain called “children-outcome”\. Did you mean “children-outcomes”\?/);
    await expect(rows(element)).toHaveLength(0);
  },
};

// ── More Local Family Offer pilot areas ───────────────────────────────────────────────────────

/**
 * Dorset’s families face less pressure than England’s on both stressful circumstances with figures:
 * fewer crowded homes (1.7% against 4.4%, a tested difference) and fewer children in low-income families
 * (15.5% against 19.8%, by position among councils). Two indicators have no snapshot figures.
 */
export const DorsetStressfulCircumstances: Story = {
  name: 'Dorset: stressful circumstances',
  args: { domain: 'stressful-circumstances', area: 'E06000059' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expectPart(
      element,
      'summary',
      'Dorset: More pressure than England on 0 of 4 measures; less pressure on 2 (1 judged by position among councils); no data on 2.',
    );
    await expect(
      rows(element)
        .filter(([, verdict]) => verdict === 'better')
        .map(([slug]) => slug),
    ).toEqual(['children-in-low-income-families', 'household-overcrowding']);
    await expect(valueIn(element, 'household-overcrowding')).toBe('1.7%');
  },
};

/**
 * Blackburn with Darwen’s children’s outcomes, both ways: its children fare worse than England’s on
 * looked-after children (90 per 10,000 against 67) and school readiness (among the fifth of councils
 * where children fare worst), and better on social, emotional and mental health needs and first-time
 * entrants to youth justice. Three are similar: under-18 conceptions and Attainment 8 sit in the middle
 * fifth of councils, and 16–17 year olds not in education, employment or training (5.1% against 5.6%)
 * are tested with a count worked out from the published percentage, and the difference is not
 * significant. Three have no data.
 */
export const BlackburnWithDarwenChildrenOutcomes: Story = {
  name: 'Blackburn with Darwen: children’s outcomes',
  args: { domain: 'children-outcomes', area: 'E06000008' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expectPart(
      element,
      'summary',
      'Blackburn with Darwen: Children fare worse than England on 2 of 10 measures (1 judged by position among councils); better on 2 (1 judged by position among councils); similar on 3; no data on 3.',
    );
    const having = (wanted: string) =>
      rows(element)
        .filter(([, verdict]) => verdict === wanted)
        .map(([slug]) => slug);
    await expect(having('worse')).toEqual(['school-readiness', 'looked-after-children']);
    await expect(having('better')).toEqual(['pupils-with-semh-needs', 'first-time-entrants-youth-justice']);
    await expect(having('similar')).toEqual(['under-18-conceptions', 'gcse-attainment', 'neet-16-17']);
    await expect(valueIn(element, 'neet-16-17')).toBe('5.1%');
    await expect(rowSays(element, 'neet-16-17', 'verdict')).toBe('Similar to England');
    await expect(rowSays(element, 'neet-16-17', 'judged')).toBe('No significant difference (tested: 95% interval, Wilson, derived count)');
    await expect(rowSays(element, 'gcse-attainment', 'verdict')).toBe('In the middle fifth of councils');
  },
};

// ── States ────────────────────────────────────────────────────────────────────────────────────

/** While the figures are on their way: a placeholder, busy for assistive technology. */
export const Loading: Story = {
  name: 'State: loading',
  args: { domain: 'children-outcomes', area: 'E09000008', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'loading' },
  play: async ({ canvasElement }) => {
    const element = await rendered<OatDomain>(canvasElement, 'oat-domain');
    await expectPart(element, 'status', /^Loading/);
    await expect(element.shadowRoot!.querySelector('[aria-busy="true"]')).not.toBeNull();
  },
};

/** The council's file is missing (404): the domain explains, without disturbing the rest of the page. */
export const LoadingError: Story = {
  name: 'State: error',
  args: { domain: 'children-outcomes', area: 'E09000008', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'missing-file' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'This part of the assessment could not be shown' })).toBeVisible();
    await expectPart(element, 'status', /^our-figures-2026\.csv could not be loaded: the server answered 404 Not Found\./);
  },
};

/** Cumberland, created in 2023, has no 2022/23 life-satisfaction figure; the row says why. */
export const NoData: Story = {
  name: 'State: no data (boundary change)',
  args: { domain: 'individual-vulnerabilities', area: 'E06000063' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(rows(element)).toContainEqual(['adult-low-wellbeing', 'no-data']);
    const row = element.shadowRoot!.querySelector('[part~="row"][data-indicator="adult-low-wellbeing"]');
    await expect(row).toHaveTextContent(/before Cumberland council was created/);
  },
};

/** The City of London’s looked-after children figure was withheld by DfE; its row says so. */
export const Suppressed: Story = {
  name: 'State: suppressed value',
  args: { domain: 'children-outcomes', area: 'E09000001' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(rows(element)).toContainEqual(['looked-after-children', 'no-data']);
    const row = element.shadowRoot!.querySelector('[part~="row"][data-indicator="looked-after-children"]');
    await expect(row).toHaveTextContent(/withheld this value \(marked “c”\)/);
  },
};

/** Fingertips could not be reached: the snapshot’s figures, under a notice saying so. */
export const LiveDataUnavailable: Story = {
  name: 'State: live data unavailable',
  args: { domain: 'children-outcomes', area: 'E06000009', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'live-unavailable' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expectPart(element, 'notice', LIVE_UNAVAILABLE_NOTICE);
    await expect(valueIn(element, 'looked-after-children')).toBe('184 per 10,000');
  },
};

/** An area code not in the data: the closest real one is suggested. */
export const UnknownArea: Story = {
  name: 'State: unknown area',
  args: { domain: 'children-outcomes', area: 'E09000088' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expectPart(element, 'status', 'There is no area with the code E09000088 in the data. Did you mean Croydon (E09000008)?');
    await expect(rows(element)).toHaveLength(0);
  },
};

// ── Themes ────────────────────────────────────────────────────────────────────────────────────

/** A dark page: Blackpool’s vulnerabilities, with the lighter verdict colours of the dark theme. */
export const ThemeDark: Story = {
  name: 'Theme: dark',
  args: { domain: 'individual-vulnerabilities', area: 'E06000009' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'dark');
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(rows(element)).toHaveLength(9);
  },
};

/** High contrast, from custom properties alone. */
export const ThemeHighContrast: Story = {
  name: 'Theme: high contrast',
  args: { domain: 'stressful-circumstances', area: 'E09000008' },
  globals: { theme: 'high-contrast' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'high-contrast');
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(valueIn(element, 'household-overcrowding')).toBe('10.4%');
  },
};

/** A council's brand from the documented custom properties and parts only. */
export const ThemeCouncilBrand: Story = {
  name: 'Theme: council brand',
  args: { domain: 'family-relationships', area: 'E06000059' },
  globals: { theme: 'council' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'council');
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(getComputedStyle(element.shadowRoot!.querySelector('[part~="title"]')!).fontFamily).toMatch(/^Georgia/);
  },
};

// ── Widths and print ──────────────────────────────────────────────────────────────────────────

/** On a 320 px phone each row stacks: title, figures, verdict, then the chart. */
export const WidthPhone: Story = {
  name: 'Width: phone, 320 px',
  args: { domain: 'children-outcomes', area: 'E08000021' },
  globals: { page: 'phone' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'phone');
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(widthOf(element)).toBe(320);
    const base = element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    await expect(base.scrollWidth, 'nothing overflows').toBeLessThanOrEqual(base.clientWidth);
  },
};

/** In a 400 px CMS sidebar. */
export const WidthSidebar: Story = {
  name: 'Width: CMS sidebar, 400 px',
  args: { domain: 'family-relationships', area: 'E08000037' },
  globals: { page: 'sidebar' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'sidebar');
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(widthOf(element)).toBe(400);
  },
};

/** Printed: the “Show as table” button goes, and each row keeps to one page. */
export const Printed: Story = {
  name: 'Print layout',
  args: { domain: 'individual-vulnerabilities', area: 'E06000008' },
  globals: { page: 'print' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'print');
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await printLayout(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.querySelector('[part~="toggle"]')).not.toBeVisible());
    await expect(getComputedStyle(element.shadowRoot!.querySelector('[part~="row"]')!).breakInside).toBe('avoid');
  },
};

// ── Data sources ──────────────────────────────────────────────────────────────────────────────

/** Live figures through a recorded Fingertips reply: the indicators Fingertips publishes come from it. */
export const SourceFingertips: Story = {
  name: 'Source: Fingertips (recorded reply)',
  args: { domain: 'children-outcomes', area: 'E08000037', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'fingertips-recorded' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(valueIn(element, 'under-18-conceptions')).toBe('17.4 per 1,000');
    await expect(valueIn(element, 'school-readiness')).toBe('66.4%');
    await expect(partText(element, 'notice')).toBe('');
  },
};

/** A council CSV with former districts as sub-areas: Carlisle’s family relationships, with its lone-parent households from the file. */
export const SourceCouncilCsv: Story = {
  name: 'Source: council CSV, a sub-area',
  args: { domain: 'family-relationships', area: 'E07000028', source: '/council/cumberland-districts.csv' },
  argTypes: { source: { control: 'select', options: [...SOURCE_NAMES, '/council/cumberland-districts.csv'] } },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(valueIn(element, 'lone-parent-households')).toBe('6.4%');
  },
};

/**
 * A council file that brings its own England figure for a period nothing is published for yet (2025/26):
 * Croydon’s children in need row compares the file’s Croydon figure with the file’s England figure, and
 * England’s cell says it is “the council’s own figure, from england-later.csv”; the row names the
 * council’s file as its source. Every other row keeps its published figures and sources. The figures in
 * this file are made up: it is one of the hostile test files (test/fixtures/council/hostile/README.md),
 * shown here to prove that a file’s figure can never pass as England’s published one.
 */
export const SourceCouncilOwnEngland: Story = {
  name: 'Source: council CSV, England’s figure its own',
  args: { domain: 'individual-vulnerabilities', area: 'E09000008', source: '/council/hostile/england-later.csv' },
  argTypes: { source: { control: 'select', options: [...SOURCE_NAMES, '/council/hostile/england-later.csv'] } },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    const cells = (slug: string) =>
      [...element.shadowRoot!.querySelectorAll(`[part~="row"][data-indicator="${slug}"] td`)]
        .slice(0, 2)
        .map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
    const provenance = (slug: string) => (element.shadowRoot!.querySelector(`[part~="row"][data-indicator="${slug}"] .provenance`)?.textContent ?? '').trim();
    await expect(cells('children-in-need')).toEqual(['510.2 per 10,000', '333.0 per 10,000 (the council’s own figure, from england-later.csv)']);
    await expect(rowSays(element, 'children-in-need', 'verdict')).toBe('More pressure than England');
    await expect(provenance('children-in-need')).toBe('The council’s own figure (england-later.csv) · no licence stated');
    await expect(cells('young-carers')).toEqual(['3.1 per 10,000', '15.6 per 10,000']);
    await expect(provenance('young-carers')).toBe(SOURCES.childrenInNeed);
  },
};

/** A council JSON file adds its own indicator to the domain it names, beside the OAT’s. */
export const SourceCouncilCustomIndicator: Story = {
  name: 'Source: council JSON, a custom indicator',
  args: { domain: 'individual-vulnerabilities', area: 'E06000009', source: '/council/children-in-need-starts.json' },
  argTypes: { source: { control: 'select', options: [...SOURCE_NAMES, '/council/children-in-need-starts.json'] } },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(rows(element)).toHaveLength(10);
    await expect(valueIn(element, 'children-in-need-starts')).toBe('604.7 per 10,000');
    await expect(valueIn(element, 'children-in-need')).toBe('606.1 per 10,000');
  },
};
