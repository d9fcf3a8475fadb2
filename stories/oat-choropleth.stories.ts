// Long because each story is one documented state of <oat-choropleth>; they run as tests, so every
// colouring, scale, zoom and data source has its own.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { CATALOGUE } from '../src/catalogue/catalogue.js';
import '../components/oat-choropleth/define.js';
import {
  CHOROPLETH_COLOUR_BY,
  CHOROPLETH_SCALES,
  CHOROPLETH_ZOOMS,
  type ChoroplethColourBy,
  type ChoroplethZoom,
  type OatChoropleth,
} from '../components/oat-choropleth/oat-choropleth.js';
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
import { LIVE_UNAVAILABLE_NOTICE } from './shown-texts.js';

/** The story's args are the element's attributes, under their attribute names, and its event. */
interface ChoroplethArgs {
  indicator: string;
  area: string;
  'colour-by': ChoroplethColourBy;
  scale: (typeof CHOROPLETH_SCALES)[number];
  zoom: ChoroplethZoom;
  source: string;
  'heading-level': number;
  /** Logged in the Actions panel when the reader chooses a council on the map. */
  onOatAreaChange: (event: Event) => void;
}

const SLUGS = CATALOGUE.map((definition) => definition.slug);

/** The boundaries' copyright and licence line, under every map. */
const ATTRIBUTION =
  'Contains OS data © Crown copyright and database right 2023. Source: Office for National Statistics licensed under the Open Government Licence v3.0.';

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The councils drawn on the map, one path each. */
function areas(element: OatChoropleth): SVGPathElement[] {
  return [...element.shadowRoot!.querySelectorAll<SVGPathElement>('svg[part~="map"] path[part~="area"]')];
}

/** One council's shape. */
function areaOf(element: OatChoropleth, code: string): SVGPathElement | undefined {
  return areas(element).find((path) => path.dataset.code === code);
}

/** How many councils have each verdict on the map. */
function verdictCounts(element: OatChoropleth): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const path of areas(element)) counts[path.dataset.verdict!] = (counts[path.dataset.verdict!] ?? 0) + 1;
  return counts;
}

/** The legend's entries, as read. */
function legend(element: OatChoropleth): string[] {
  return [...element.shadowRoot!.querySelectorAll('[part~="legend"] li')].map((item) => collapse(item.textContent));
}

/** The line under the title: period, unit and which councils are shown. */
function subtitle(element: OatChoropleth): string {
  return collapse(element.shadowRoot!.querySelector('.subtitle')?.textContent);
}

/** Waits until the map of `title` is drawn with `count` councils. */
async function mapOf(canvasElement: HTMLElement, title: string, count = 153, level = 3): Promise<OatChoropleth> {
  const element = await shown<OatChoropleth>(canvasElement, 'oat-choropleth');
  await expectPart(element, 'title', title);
  await expect(inShadow(element).getByRole('heading', { level, name: title })).toBeVisible();
  await waitFor(() => expect(areas(element)).toHaveLength(count));
  return element;
}

const meta = {
  title: 'Elements/oat-choropleth',
  // Links the stories to the element's entry in custom-elements.json, which the docs tables come from.
  component: 'oat-choropleth',
  // A story that needs a source no attribute can name sets `parameters.dataSource` (stories/story-sources.ts).
  render: (args, context) => html`<oat-choropleth
    indicator=${ifDefined(args.indicator)}
    area=${ifDefined(args.area || undefined)}
    colour-by=${ifDefined(args['colour-by'])}
    scale=${ifDefined(args.scale)}
    zoom=${ifDefined(args.zoom)}
    source=${ifDefined(args.source || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    .dataSource=${sourceFor(context)}
    @oat-area-change=${args.onOatAreaChange}
  ></oat-choropleth>`,
  args: {
    indicator: 'children-in-need',
    area: 'E09000008',
    'colour-by': 'value',
    scale: 'quantile',
    zoom: 'england',
    source: 'snapshot',
    'heading-level': 3,
    onOatAreaChange: fn(),
  },
  argTypes: {
    // Controls only: names, descriptions and types come from the manifest.
    indicator: { control: 'select', options: SLUGS },
    area: AREA_CONTROL,
    'colour-by': { control: 'inline-radio', options: [...CHOROPLETH_COLOUR_BY] },
    scale: { control: 'inline-radio', options: [...CHOROPLETH_SCALES] },
    zoom: { control: 'inline-radio', options: [...CHOROPLETH_ZOOMS] },
    source: SOURCE_CONTROL,
    'heading-level': HEADING_LEVEL_CONTROL,
  },
} satisfies Meta<ChoroplethArgs>;

export default meta;
type Story = StoryObj<ChoroplethArgs>;

// ── The Local Family Offer pilot areas ────────────────────────────────────────────────────────

/**
 * Croydon’s rate of children in need among England’s 153 councils: each council shaded by its rate,
 * darker where more families are under this pressure, Croydon outlined and named, and its figure and
 * verdict beside the map – 493.6 per 10,000 against England’s 330.3, more pressure than England. Every
 * council is a button named with its figure and verdict, and the source line names the publisher and
 * licence of the figures.
 */
export const CroydonChildrenInNeed: Story = {
  name: 'Croydon: children in need',
  args: { indicator: 'children-in-need', area: 'E09000008' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Children in need');
    await expect(subtitle(element)).toBe('2024/25 · rate per 10,000 children aged under 18 · England’s 153 councils');
    await expectPart(element, 'label', 'Croydon');
    await expectPart(element, 'selected', 'Croydon 493.6 per 10,000 England: 330.3 per 10,000 More pressure than England');
    // Only Croydon is the current area, and the heavy outline follows its shape.
    const croydon = areaOf(element, 'E09000008')!;
    await expect(areas(element).filter((path) => path.getAttribute('aria-current') === 'true')).toEqual([croydon]);
    await expect(element.shadowRoot!.querySelector('path.chosen')).toHaveAttribute('d', croydon.getAttribute('d')!);
    // Each council is a button named with its figure and verdict.
    await expect(croydon).toHaveAttribute('role', 'button');
    await expect(croydon).toHaveAttribute('aria-label', 'Croydon. 493.6 per 10,000. More pressure than England');
    await expect(areaOf(element, 'E10000012')).toHaveAttribute('aria-label', 'Essex. 178.1 per 10,000. Less pressure than England');
    await expect(collapse(element.shadowRoot!.querySelector('.source')?.textContent)).toBe(
      'Sources: Department for Education (Open Government Licence v3.0). Figures: Embedded snapshot, 1 December 2026.',
    );
    await expect(partText(element, 'attribution')).toBe(ATTRIBUTION);
  },
};

/**
 * Blackpool looks after more children for its size than any other council in England – 184 per 10,000
 * against England’s 67: its children fare worse than England’s, and it is in the darkest shade.
 */
export const BlackpoolLookedAfter: Story = {
  name: 'Blackpool: looked-after children',
  args: { indicator: 'looked-after-children', area: 'E06000009' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Looked after children');
    await expectPart(element, 'selected', 'Blackpool 184 per 10,000 England: 67 per 10,000 Worse than England');
    await expect(areaOf(element, 'E06000009')).toHaveAttribute('aria-label', 'Blackpool. 184 per 10,000. Worse than England');
    // Blackpool is in the darkest of the five shades.
    const darkest = element.shadowRoot!.querySelector('[part~="legend"] li[data-class="4"] rect')?.getAttribute('fill');
    await expect(areaOf(element, 'E06000009')).toHaveAttribute('fill', darkest!);
  },
};

/**
 * Coloured by comparison: Dorset’s adults are more satisfied with their lives than England’s (7.61
 * against 7.44 out of 10, outside the published 95% interval) – less pressure than England, as in 15
 * councils; 9 councils’ adults are under more pressure, and 125 are similar to England.
 */
export const DorsetLifeSatisfaction: Story = {
  name: 'Dorset: adults’ life satisfaction, compared with England',
  args: { indicator: 'adult-low-wellbeing', area: 'E06000059', 'colour-by': 'comparison' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Adults’ life satisfaction');
    await expectPart(element, 'selected', 'Dorset 7.61 out of 10 England: 7.44 out of 10 Less pressure than England');
    await expect(legend(element)).toEqual(['More pressure than England (9)', 'Similar to England (125)', 'Less pressure than England (15)', 'No data (4)']);
    await expect(collapse(element.shadowRoot!.querySelector('[part~="legend"] .legend-title')?.textContent)).toBe(
      'Compared with England: tested by a 95% confidence interval where a count exists, otherwise by position among councils',
    );
  },
};

/**
 * Gateshead’s school readiness (66.4%) is below England’s (68.3%). No count is published to test the
 * gap, so every council is judged by its position among councils: Gateshead is among the two fifths
 * where children fare worst. Here a lower figure is worse, so the darker shades are the lower figures.
 */
export const GatesheadSchoolReadiness: Story = {
  name: 'Gateshead: school readiness',
  args: { indicator: 'school-readiness', area: 'E08000037' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'School readiness');
    await expectPart(element, 'selected', 'Gateshead 66.4% England: 68.3% Among the two fifths of councils where children fare worst');
    await expect(verdictCounts(element)).toEqual({ worse: 59, similar: 32, better: 62 });
    await expect(collapse(element.shadowRoot!.querySelector('[part~="legend"] .darker')?.textContent)).toMatch(
      /^Darker means children fare worse: a lower figure\./,
    );
  },
};

/** Newcastle upon Tyne among the North East’s 12 councils: its homes less crowded than England’s (3.3% against 4.4%), so less pressure on its families. */
export const NewcastleOvercrowding: Story = {
  name: 'Newcastle upon Tyne: overcrowding in its region',
  args: { indicator: 'household-overcrowding', area: 'E08000021', zoom: 'region', 'colour-by': 'comparison' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Household overcrowding', 12);
    await expect(subtitle(element)).toBe('Census 2021 · percentage · 12 councils in North East');
    await expectPart(element, 'label', 'Newcastle upon Tyne');
    await expectPart(element, 'selected', 'Newcastle upon Tyne 3.3% England: 4.4% Less pressure than England');
  },
};

/**
 * Blackburn with Darwen has more lone-parent households than England (8.7% against 6.9%): more
 * pressure on its families. The map shows where else does, such as Barking and Dagenham at 12.8%.
 */
export const BlackburnWithDarwenLoneParents: Story = {
  name: 'Blackburn with Darwen: lone parent households',
  args: { indicator: 'lone-parent-households', area: 'E06000008' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Lone parent households');
    await expectPart(element, 'label', 'Blackburn with Darwen');
    await expectPart(element, 'selected', 'Blackburn with Darwen 8.7% England: 6.9% More pressure than England');
    await expect(areaOf(element, 'E09000002')).toHaveAttribute('aria-label', 'Barking and Dagenham. 12.8%. More pressure than England');
  },
};

// ── Options ───────────────────────────────────────────────────────────────────────────────────

/** `colour-by="value"`, the default: a sequential scale of the figures, darker where more families are under the pressure – for overcrowding, a higher figure. */
export const ColourByValue: Story = {
  name: 'Colour by: value',
  args: { indicator: 'household-overcrowding', area: 'E06000008', 'colour-by': 'value' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Household overcrowding');
    await expect(element.shadowRoot!.querySelector('[part~="base"]')).toHaveAttribute('data-colour-by', 'value');
    // Every council has a figure, so every one is a colour of the scale, none the “no data” hatch.
    await expect(areas(element).every((path) => !path.getAttribute('fill')!.startsWith('url('))).toBe(true);
    await expect(legend(element)).toHaveLength(6);
    await expect(collapse(element.shadowRoot!.querySelector('[part~="legend"] .darker')?.textContent)).toBe(
      'Darker means more pressure on families: a higher figure. Each shade holds a fifth of England’s councils.',
    );
  },
};

/**
 * `colour-by="comparison"`: each council's verdict against England, in the verdict colours with a
 * pattern each. For overcrowding, 55 councils’ families are under more pressure than England’s, 92 under
 * less – Blackpool among them, at 2.3% against 4.4% – and 6 are similar.
 */
export const ColourByComparison: Story = {
  name: 'Colour by: comparison with England',
  args: { indicator: 'household-overcrowding', area: 'E06000009', 'colour-by': 'comparison' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Household overcrowding');
    await expect(verdictCounts(element)).toEqual({ better: 92, similar: 6, worse: 55 });
    for (const path of areas(element)) await expect(path).toHaveAttribute('fill', `url(#map-${path.dataset.verdict})`);
    await expect(legend(element)).toEqual(['More pressure than England (55)', 'Similar to England (6)', 'Less pressure than England (92)', 'No data (0)']);
    await expectPart(element, 'selected', 'Blackpool 2.3% England: 4.4% Less pressure than England');
  },
};

/**
 * `scale="quantile"`, the default: five shades with a fifth of the councils in each; each shade's
 * range begins where the one before ends, and darker means more young carers identified – more pressure
 * on families. Swindon and the Isle of Wight, whose figures DfE withheld, are hatched as no data.
 */
export const ScaleQuantile: Story = {
  name: 'Scale: quantile',
  args: { indicator: 'young-carers', area: 'E09000008', scale: 'quantile' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Young carers identified at children-in-need assessments');
    const entries = legend(element);
    await expect(entries).toHaveLength(6);
    await expect(entries[5]).toBe('No data');
    const bounds = entries.slice(0, 5).map((entry) => entry.split(' to ').map(Number));
    for (let index = 1; index < bounds.length; index++) await expect(bounds[index]![0]).toBe(bounds[index - 1]![1]);
    await expect(bounds[0]![0]).toBe(0);
    await expect(bounds[4]![1]).toBe(68.9);
    const hatched = areas(element).filter((path) => path.getAttribute('fill') === 'url(#map-no-data)');
    await expect(hatched.map((path) => path.dataset.code).sort()).toEqual(['E06000030', 'E06000046']);
    await expect(collapse(element.shadowRoot!.querySelector('[part~="legend"] .darker')?.textContent)).toBe(
      'Darker means more pressure on families: a higher figure. Each shade holds a fifth of England’s councils.',
    );
  },
};

/** `scale="continuous"`: a smooth ramp from the lowest figure (Rutland’s) to the highest (Newham’s). */
export const ScaleContinuous: Story = {
  name: 'Scale: continuous',
  args: { indicator: 'household-overcrowding', area: 'E09000008', scale: 'continuous' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Household overcrowding');
    const ends = [...element.shadowRoot!.querySelectorAll('[part~="legend"] .ends span')].map((end) => collapse(end.textContent));
    await expect(ends).toEqual(['1.0%', '11.3%', '21.5%']);
    await expect(element.shadowRoot!.querySelectorAll('[part~="legend"] stop')).toHaveLength(5);
    await expect(new Set(areas(element).map((path) => path.getAttribute('fill'))).size).toBeGreaterThan(80);
    await expectPart(element, 'selected', 'Croydon 10.4% England: 4.4% More pressure than England');
  },
};

/** `zoom="england"`, the default: the whole country, with the chosen council outlined and named. */
export const ZoomEngland: Story = {
  name: 'Zoom: England',
  args: { indicator: 'children-in-need', area: 'E08000021', zoom: 'england' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Children in need');
    await expect(subtitle(element)).toMatch(/ · England’s 153 councils$/);
    await expectPart(element, 'label', 'Newcastle upon Tyne');
  },
};

/** `zoom="region"`: only the chosen council's region – London's 33 boroughs around Croydon – drawn larger. */
export const ZoomRegion: Story = {
  name: 'Zoom: region',
  args: { indicator: 'children-in-need', area: 'E09000008', zoom: 'region' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Children in need', 33);
    await expect(subtitle(element)).toBe('2024/25 · rate per 10,000 children aged under 18 · 33 councils in London');
    await expect(areas(element).every((path) => path.dataset.code!.startsWith('E09'))).toBe(true);
    await expectPart(element, 'label', 'Croydon');
  },
};

/** `heading-level="2"` makes the title a level-2 heading, for a page where the map is a main section. */
export const HeadingLevel: Story = {
  name: 'Heading level 2',
  args: { indicator: 'looked-after-children', area: 'E06000059', 'heading-level': 2 },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Looked after children', 153, 2);
    await expect(element.shadowRoot!.querySelector('[part~="title"]')).toHaveAttribute('aria-level', '2');
  },
};

// ── Interaction ───────────────────────────────────────────────────────────────────────────────

/**
 * The keyboard alone: the map is one tab stop, on the chosen council. From Blackpool, Right moves to
 * Lancashire and Down to Blackburn with Darwen, the tooltip following; Enter chooses it, the outline
 * and label move there, and the page hears `oat-area-change`.
 */
export const ChooseWithKeyboard: Story = {
  name: 'Choosing a council with the keyboard',
  args: { indicator: 'children-in-need', area: 'E06000009' },
  play: async ({ args, canvasElement, step }) => {
    const element = await mapOf(canvasElement, 'Children in need');
    const shadow = element.shadowRoot!;
    const focused = () => (shadow.activeElement as SVGPathElement | null)?.dataset.code;
    const tooltip = shadow.querySelector<HTMLElement>('[part~="tooltip"]')!;

    await step('Focus the map: Blackpool, the chosen council, has the one tab stop', async () => {
      const stops = areas(element).filter((path) => path.getAttribute('tabindex') === '0');
      await expect(stops.map((path) => path.dataset.code)).toEqual(['E06000009']);
      stops[0]!.focus();
      await waitFor(() => expect(tooltip).toBeVisible());
      await expectPart(element, 'tooltip', 'Blackpool 606.1 per 10,000 More pressure than England');
    });

    await step('Press Right: Lancashire', async () => {
      await userEvent.keyboard('{ArrowRight}');
      await waitFor(() => expect(focused()).toBe('E10000017'));
      await expectPart(element, 'tooltip', 'Lancashire 318.6 per 10,000 Less pressure than England');
    });

    await step('Press Down: Blackburn with Darwen', async () => {
      await userEvent.keyboard('{ArrowDown}');
      await waitFor(() => expect(focused()).toBe('E06000008'));
      await expectPart(element, 'tooltip', 'Blackburn with Darwen 432.0 per 10,000 More pressure than England');
    });

    await step('Press Enter: Blackburn with Darwen is chosen', async () => {
      await userEvent.keyboard('{Enter}');
    });

    await waitFor(() => expect(args.onOatAreaChange).toHaveBeenCalledTimes(1));
    await expect(args.onOatAreaChange).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'oat-area-change', detail: { code: 'E06000008', name: 'Blackburn with Darwen' } }),
    );
    await expect(element).toHaveAttribute('area', 'E06000008');
    await expectPart(element, 'label', 'Blackburn with Darwen');
    await expectPart(element, 'selected', 'Blackburn with Darwen 432.0 per 10,000 England: 330.3 per 10,000 More pressure than England');
    await expect(areaOf(element, 'E06000008')).toHaveAttribute('aria-current', 'true');
  },
};

/**
 * “Show as table” lists the councils' figures and verdicts instead of the map. Sorting by the figure
 * puts Rutland’s 1.0% first (less pressure than England); a second press puts Newham’s 21.5% first (more
 * pressure). Dorset, the chosen council, is marked.
 */
export const ShowAsTable: Story = {
  name: 'Shown as a table, sorted by value',
  args: { indicator: 'household-overcrowding', area: 'E06000059' },
  play: async ({ canvasElement, step }) => {
    const element = await mapOf(canvasElement, 'Household overcrowding');
    const shadow = inShadow(element);
    // The first row as seen: council, figure and the verdict in a word, then the verdict in full as a screen reader hears it.
    const firstRow = () => {
      const row = element.shadowRoot!.querySelector('[part~="table"] tbody tr');
      const [name, figure, verdict] = [...(row?.querySelectorAll('th, td') ?? [])];
      const word = verdict?.querySelector('span[aria-hidden="true"]');
      return [name, figure, word, verdict?.querySelector('.visually-hidden')].map((cell) => collapse(cell?.textContent));
    };
    const sortState = () => shadow.getAllByRole('columnheader').map((header) => header.getAttribute('aria-sort'));

    await step('Press “Show as table”', async () => {
      await userEvent.click(shadow.getByRole('button', { name: 'Show as table', pressed: false }));
    });
    const table = await waitFor(() => shadow.getByRole('table'));
    await expect(element.shadowRoot!.querySelector('svg[part~="map"]')).toBeNull();
    await expect(table.querySelectorAll('tbody tr')).toHaveLength(153);
    await expect(firstRow()[0]).toBe('Barking and Dagenham');
    await expect(sortState()).toEqual(['ascending', 'none', null]);
    await expect(collapse(table.querySelector('tr[aria-current="true"] th')?.textContent)).toBe('Dorset');

    await step('Sort by the figure: lowest first', async () => {
      await userEvent.click(shadow.getByRole('button', { name: 'Percentage' }));
    });
    await waitFor(() => expect(sortState()).toEqual(['none', 'ascending', null]));
    await expect(firstRow()).toEqual(['Rutland', '1.0%', 'Less pressure', 'Less pressure than England']);

    await step('Press again: highest first', async () => {
      await userEvent.click(shadow.getByRole('button', { name: 'Percentage' }));
    });
    await waitFor(() => expect(sortState()).toEqual(['none', 'descending', null]));
    await expect(firstRow()).toEqual(['Newham', '21.5%', 'More pressure', 'More pressure than England']);
  },
};

// ── States ────────────────────────────────────────────────────────────────────────────────────

/** While the figures and boundaries are on their way: a placeholder the shape of the map, busy for assistive technology. */
export const Loading: Story = {
  name: 'State: loading',
  args: { indicator: 'children-in-need', area: 'E09000008', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'loading' },
  play: async ({ canvasElement }) => {
    const element = await rendered<OatChoropleth>(canvasElement, 'oat-choropleth');
    await expectPart(element, 'status', 'Loading the map of children-in-need…');
    await expect(element.shadowRoot!.querySelector('[part~="base"]')).toHaveAttribute('aria-busy', 'true');
  },
};

/** The council's file is missing (404): the map says so, and what to do. */
export const LoadingError: Story = {
  name: 'State: error',
  args: { indicator: 'children-in-need', area: 'E09000008', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'missing-file' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatChoropleth>(canvasElement, 'oat-choropleth');
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'This map could not be shown' })).toBeVisible();
    await expectPart(element, 'status', /^our-figures-2026\.csv could not be loaded: the server answered 404 Not Found\./);
    await expect(areas(element)).toHaveLength(0);
  },
};

/** A misspelt indicator name is explained, with the closest real one suggested. */
export const UnknownIndicator: Story = {
  name: 'State: unknown indicator',
  args: { indicator: 'children-in-ned', area: 'E09000008' },
  // Storybook drops a select's value that is not among its options, so offer the misspelling too.
  argTypes: { indicator: { control: 'select', options: [...SLUGS, 'children-in-ned'] } },
  play: async ({ canvasElement }) => {
    const element = await shown<OatChoropleth>(canvasElement, 'oat-choropleth');
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'This map could not be shown' })).toBeVisible();
    await expectPart(element, 'status', 'There is no indicator called “children-in-ned”. Did you mean “children-in-need”?');
  },
};

/** An area code not in the data: the closest real one is suggested. */
export const UnknownArea: Story = {
  name: 'State: unknown area',
  args: { indicator: 'children-in-need', area: 'E09000088' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatChoropleth>(canvasElement, 'oat-choropleth');
    await expectPart(element, 'status', 'There is no area with the code E09000088 in the data. Did you mean Croydon (E09000008)?');
    await expect(areas(element)).toHaveLength(0);
  },
};

/**
 * Family homelessness has no figure for every council in the snapshot: all 153 councils are drawn,
 * hatched as no data, and the legend has nothing else to show.
 */
export const NoSnapshotData: Story = {
  name: 'State: no snapshot data',
  args: { indicator: 'family-homelessness', area: 'E09000008' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Family homelessness');
    await expect(verdictCounts(element)).toEqual({ 'no-data': 153 });
    await expect(new Set(areas(element).map((path) => path.getAttribute('fill')))).toEqual(new Set(['url(#map-no-data)']));
    await expect(legend(element)).toEqual(['No data']);
    await expect(partText(element, 'selected')).toMatch(/^Croydon no data England: no data No data: No published figure for every upper-tier council/);
  },
};

/**
 * DfE withheld the City of London’s looked-after children figure (“c”): the smallest borough of
 * London is hatched as no data, and its name and the panel beside the map say why.
 */
export const Suppressed: Story = {
  name: 'State: suppressed value',
  args: { indicator: 'looked-after-children', area: 'E09000001', zoom: 'region' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Looked after children', 33);
    const city = areaOf(element, 'E09000001')!;
    await expect(city).toHaveAttribute('data-verdict', 'no-data');
    await expect(city).toHaveAttribute('fill', 'url(#map-no-data)');
    await expect(city.getAttribute('aria-label')).toMatch(/^City of London\. No data: The Department for Education withheld this value \(marked “c”\)/);
    await expectPart(
      element,
      'selected',
      /^City of London no data England: 67 per 10,000 No data: The Department for Education withheld this value \(marked “c”\)/,
    );
  },
};

/** Fingertips could not be reached: the snapshot’s figures, under a notice saying so. */
export const LiveDataUnavailable: Story = {
  name: 'State: live data unavailable',
  args: { indicator: 'looked-after-children', area: 'E06000009', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'live-unavailable' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Looked after children');
    await expectPart(element, 'notice', LIVE_UNAVAILABLE_NOTICE);
    await expectPart(element, 'selected', 'Blackpool 184 per 10,000 England: 67 per 10,000 Worse than England');
  },
};

// ── Themes ────────────────────────────────────────────────────────────────────────────────────

/** On a dark page, coloured by comparison: the verdict patterns take the dark theme's lighter colours. */
export const ThemeDark: Story = {
  name: 'Theme: dark',
  args: { indicator: 'household-overcrowding', area: 'E09000008', 'colour-by': 'comparison' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'dark');
    const element = await mapOf(canvasElement, 'Household overcrowding');
    await expect(getComputedStyle(element).color).toBe('rgb(236, 238, 242)');
    const worse = element.shadowRoot!.querySelector('#map-worse .pattern-ground')!;
    await expect(getComputedStyle(worse).fill).toBe('rgb(245, 163, 108)');
  },
};

/** High contrast: black on white, from custom properties alone. */
export const ThemeHighContrast: Story = {
  name: 'Theme: high contrast',
  args: { indicator: 'adult-low-wellbeing', area: 'E06000059', 'colour-by': 'comparison' },
  globals: { theme: 'high-contrast' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'high-contrast');
    const element = await mapOf(canvasElement, 'Adults’ life satisfaction');
    const better = element.shadowRoot!.querySelector('#map-better .pattern-ground')!;
    await expect(getComputedStyle(better).fill).toBe('rgb(0, 58, 117)');
  },
};

/** A council's brand, from the documented `--oat-*` custom properties only: its verdict colours reach the map. */
export const ThemeCouncilBrand: Story = {
  name: 'Theme: council brand',
  args: { indicator: 'household-overcrowding', area: 'E06000008', 'colour-by': 'comparison' },
  globals: { theme: 'council' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'council');
    const element = await mapOf(canvasElement, 'Household overcrowding');
    const worse = element.shadowRoot!.querySelector('#map-worse .pattern-ground')!;
    await expect(getComputedStyle(worse).fill).toBe('rgb(155, 27, 48)');
  },
};

// ── Widths ────────────────────────────────────────────────────────────────────────────────────

/** On a 320 px phone the map fills the width, with the legend and the chosen council below it; nothing is cut off. */
export const WidthPhone: Story = {
  name: 'Width: phone, 320 px',
  args: { indicator: 'children-in-need', area: 'E06000059' },
  globals: { page: 'phone' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'phone');
    const element = await mapOf(canvasElement, 'Children in need');
    await expect(widthOf(element)).toBe(320);
    const map = element.shadowRoot!.querySelector('svg[part~="map"]')!;
    await expect(widthOf(map)).toBeLessThanOrEqual(320);
    await expect(widthOf(map)).toBeGreaterThan(160);
    const base = element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    await expect(base.scrollWidth, 'nothing overflows').toBeLessThanOrEqual(base.clientWidth);
  },
};

/** In a 400 px CMS sidebar, zoomed to the chosen council's region: Gateshead among the North East's 12 councils, looking after more children than England (124 against 67 per 10,000). */
export const WidthSidebar: Story = {
  name: 'Width: CMS sidebar, 400 px',
  args: { indicator: 'looked-after-children', area: 'E08000037', zoom: 'region' },
  globals: { page: 'sidebar' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'sidebar');
    const element = await mapOf(canvasElement, 'Looked after children', 12);
    await expect(widthOf(element)).toBe(400);
    await expectPart(element, 'selected', 'Gateshead 124 per 10,000 England: 67 per 10,000 Worse than England');
  },
};

/** Full width, as in the main column of a page: the legend and the chosen council sit beside the map. */
export const WidthFull: Story = {
  name: 'Width: full',
  args: { indicator: 'children-in-need', area: 'E08000021' },
  globals: { page: 'full' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'full');
    const element = await mapOf(canvasElement, 'Children in need');
    await expect(widthOf(element)).toBeGreaterThan(400);
    await expectPart(element, 'selected', 'Newcastle upon Tyne 484.6 per 10,000 England: 330.3 per 10,000 More pressure than England');
  },
};
