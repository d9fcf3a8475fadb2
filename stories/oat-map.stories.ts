// Long because each story is one documented state of <oat-map>; they run as tests, so every area,
// width, theme and download has its own.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../components/oat-map/define.js';
import { COMPACT_BELOW, type OatMap } from '../components/oat-map/oat-map.js';
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
import { FROM_SNAPSHOT, LIVE_UNAVAILABLE_NOTICE, SOURCES } from './shown-texts.js';

/** The story's args are the element's attributes, under their attribute names, and its event. */
interface MapArgs {
  area: string;
  source: string;
  'heading-level': number;
  /** Logged in the Actions panel when the reader chooses a segment. */
  onOatIndicatorSelect: (event: Event) => void;
}

/**
 * The source line the picture carries for Newcastle upon Tyne from the snapshot: the publishers of the
 * figures shown, their licence, and the snapshot's date. The snapshot takes child poverty and first-time
 * entrants to youth justice from the Department for Education's LAIT, so the Department is their publisher.
 */
const SNAPSHOT_SOURCE_LINE = `Sources: Department for Education; Department for Work and Pensions; Office for National Statistics; Youth Justice Board and Ministry of Justice (Open Government Licence v3.0). ${FROM_SNAPSHOT}`;

/** The legend's first entry: the opportunity, the one solid fill. */
const OPPORTUNITY_KEY = 'More pressure on families, or children faring worse, than England: the opportunity';

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The picture on screen (the SVG), or null while a table is shown instead. */
function picture(element: OatMap): SVGSVGElement | null {
  return element.shadowRoot!.querySelector<SVGSVGElement>('svg.map');
}

/** The ring's segments, in the model's order, clockwise from the top. */
function segments(element: OatMap): SVGGElement[] {
  return [...element.shadowRoot!.querySelectorAll<SVGGElement>('svg.map .segment')];
}

/** The verdicts the picture's legend lists, in its order. */
function legendKeys(element: OatMap): (string | undefined)[] {
  return [...element.shadowRoot!.querySelectorAll<SVGGElement>('svg.map .legend-item')].map((item) => item.dataset.verdict);
}

/** One indicator's segment. */
function segment(element: OatMap, slug: string): SVGGElement | undefined {
  return segments(element).find((candidate) => candidate.dataset.indicator === slug);
}

/** The sentences of the summary in words above the picture. */
function summary(element: OatMap): string[] {
  return [...element.shadowRoot!.querySelectorAll('[part~="summary"] li')].map((item) => collapse(item.textContent));
}

/** Waits until the map for `name` is drawn: its title, and a segment for each of the 27 indicators. */
async function mapOf(canvasElement: HTMLElement, name: string, level = 3): Promise<OatMap> {
  const element = await shown<OatMap>(canvasElement, 'oat-map');
  await expectPart(element, 'title', `Opportunity map: ${name}`);
  await expect(inShadow(element).getByRole('heading', { level, name: `Opportunity map: ${name}` })).toBeVisible();
  await waitFor(() => expect(segments(element)).toHaveLength(27));
  return element;
}

const meta = {
  title: 'Elements/oat-map',
  // Links the stories to the element's entry in custom-elements.json, which the docs tables come from.
  component: 'oat-map',
  // A story that needs a source no attribute can name sets `parameters.dataSource` (stories/story-sources.ts).
  render: (args, context) => html`<oat-map
    area=${ifDefined(args.area)}
    source=${ifDefined(args.source || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    .dataSource=${sourceFor(context)}
    @oat-indicator-select=${args.onOatIndicatorSelect}
  ></oat-map>`,
  args: { area: 'E09000008', source: 'snapshot', 'heading-level': 3, onOatIndicatorSelect: fn() },
  argTypes: {
    // Controls only: names, descriptions and types come from the manifest.
    area: AREA_CONTROL,
    source: SOURCE_CONTROL,
    'heading-level': HEADING_LEVEL_CONTROL,
  },
} satisfies Meta<MapArgs>;

export default meta;
type Story = StoryObj<MapArgs>;

// ── The Local Family Offer pilot areas ────────────────────────────────────────────────────────

/**
 * Croydon: the ring of 27 indicators in the model's four domains, and the same in words above it. Its
 * families face more pressure than England’s on 5 measures – overcrowding, adults’ life satisfaction,
 * children in need, lone parents and (by position among councils) pupils with special educational needs –
 * and its children fare worse on 4, among them social, emotional and mental health needs; it is better
 * placed on 10, and similar to England on domestic abuse and on 16–17 year olds not in education,
 * employment or training. Each name judged by position rather than by a test says so. The legend lists
 * only the verdicts the picture uses, the opportunity first.
 */
export const Croydon: Story = {
  args: { area: 'E09000008' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Croydon');
    await expect(partText(element, 'summary')).toMatch(
      /^Croydon compared with England on 27 indicators in the four domains of the model\. Figures: Embedded snapshot, 1 December 2026\./,
    );
    await expect(summary(element)).toEqual([
      'Families face more pressure than England’s on 5 measures: Overcrowding, Life satisfaction, Pupils with SEN (by position among councils), Children in need, Lone parents.',
      'Children fare worse than England’s on 4 measures: Under 18 conceptions (by position among councils), Emotional and mental health needs, Attainment 8 (by position among councils), Youth justice entrants (by position among councils).',
      'Better placed than England on 10 measures: Child poverty (by position among councils), Parental mental health, Young carers, Disability in household, Parental alcohol misuse, Parental drug misuse, Unpaid carers, Separated or divorced, School readiness (by position among councils), Looked after.',
      'Similar to England on 2 measures: Domestic abuse, NEET 16–17.',
      'No data on 6 measures: Out of work, Homeless families, Births outside marriage, Wellbeing at 15, Low life satisfaction at 15, Child mental health.',
    ]);
    // Each segment is a button named with its figures; its pattern and colour say the verdict.
    const overcrowding = segment(element, 'household-overcrowding');
    await expect(overcrowding).toHaveAttribute('role', 'button');
    await expect(overcrowding).toHaveAttribute('data-verdict', 'worse');
    await expect(overcrowding).toHaveAttribute('aria-label', 'Overcrowding: 10.4%, England 4.4%, more pressure than England');
    await expect(segment(element, 'children-in-low-income-families')).toHaveAttribute(
      'aria-label',
      'Child poverty: 16.4%, England 19.8%, among the two fifths of councils with the least pressure',
    );
    await expect(segment(element, 'neet-16-17')).toHaveAttribute('aria-label', 'NEET 16–17: 5.8%, England 5.6%, similar to England');
    await expect(segment(element, 'families-out-of-work')).toHaveAttribute('aria-label', 'Out of work: no data for Croydon');
    await expect(legendKeys(element)).toEqual(['worse', 'similar', 'better', 'no-data']);
    // The four domains are groups of the picture, in the model's order.
    const domains = [...picture(element)!.querySelectorAll('g.domain')].map((group) => group.getAttribute('aria-label'));
    await expect(domains).toEqual([
      'Stressful circumstances',
      'Individual and family vulnerabilities',
      'Family relationships and dynamics',
      'Children’s outcomes',
    ]);
  },
};

/**
 * Blackpool: its families face more pressure than England’s on 12 measures – among them separated or
 * divorced adults (15.5% against 11.3%), children in need and domestic abuse – and its children fare
 * worse on 6, among them looked-after children (184 against 67 per 10,000), 16–17 year olds not in
 * education, employment or training (8.9% against 5.6%, tested with a count worked out from the
 * published percentage), school readiness and Attainment 8. Those segments are the one solid fill, so the brightest part of the picture is where the
 * opportunity is; the two measures where Blackpool is better placed, overcrowding among them, are pale
 * and hatched.
 */
export const Blackpool: Story = {
  args: { area: 'E06000009' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Blackpool');
    await expect(summary(element).slice(0, 3)).toEqual([
      'Families face more pressure than England’s on 12 measures: Child poverty (by position among councils), Parental mental health, Pupils with SEN (by position among councils), Young carers, Disability in household, Children in need, Parental alcohol misuse, Parental drug misuse, Unpaid carers, Separated or divorced, Domestic abuse, Lone parents.',
      'Children fare worse than England’s on 6 measures: Under 18 conceptions (by position among councils), School readiness (by position among councils), Attainment 8 (by position among councils), Looked after, Youth justice entrants (by position among councils), NEET 16–17.',
      'Better placed than England on 2 measures: Overcrowding, Emotional and mental health needs.',
    ]);
    await expect(segment(element, 'relationship-breakdown')).toHaveAttribute(
      'aria-label',
      'Separated or divorced: 15.5%, England 11.3%, more pressure than England',
    );
    await expect(segment(element, 'looked-after-children')).toHaveAttribute(
      'aria-label',
      'Looked after: 184 per 10,000, England 67 per 10,000, worse than England',
    );
    await expect(segment(element, 'neet-16-17')).toHaveAttribute('aria-label', 'NEET 16–17: 8.9%, England 5.6%, worse than England');
    await expect(segment(element, 'household-overcrowding')).toHaveAttribute('aria-label', 'Overcrowding: 2.3%, England 4.4%, less pressure than England');
    // The opportunity is the one solid fill; better placed is a pale ground, hatched.
    const pattern = (verdict: string) => picture(element)!.querySelector(`pattern[data-verdict="${verdict}"]`)!;
    await expect(pattern('worse').querySelector('.pattern-ink')).toBeNull();
    await expect(pattern('worse').querySelector('.pattern-fill')).not.toHaveClass('pale');
    await expect(pattern('better').querySelector('.pattern-fill')).toHaveClass('pale');
    await expect(pattern('better').querySelector('.pattern-ink')).not.toBeNull();
    const bar = (slug: string) => segment(element, slug)!.querySelector('.bar')!;
    await expect(bar('relationship-breakdown').getAttribute('fill')).toMatch(/-worse\)$/);
    await expect(bar('household-overcrowding').getAttribute('fill')).toMatch(/-better\)$/);
  },
};

/**
 * Dorset: its families face more pressure than England’s on 4 measures, among them separated or
 * divorced adults and unpaid carers, and its children fare worse on 2; it is better placed on 9, among
 * them overcrowding, adults’ life satisfaction and 16–17 year olds not in education, employment or
 * training (4.4% against 5.6%, tested with a count worked out from the published percentage), and
 * similar on 5. Dorset has no published figure for first-time entrants to youth justice.
 */
export const Dorset: Story = {
  args: { area: 'E06000059' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Dorset');
    await expect(summary(element)).toContain(
      'Families face more pressure than England’s on 4 measures: Pupils with SEN (by position among councils), Disability in household, Unpaid carers, Separated or divorced.',
    );
    await expect(summary(element)).toContain(
      'Children fare worse than England’s on 2 measures: Emotional and mental health needs, Attainment 8 (by position among councils).',
    );
    await expect(summary(element)).toContain(
      'Better placed than England on 9 measures: Child poverty (by position among councils), Overcrowding, Life satisfaction, Young carers, Domestic abuse, Lone parents, Under 18 conceptions (by position among councils), School readiness (by position among councils), NEET 16–17.',
    );
    await expect(summary(element)).toContain(
      'Similar to England on 5 measures: Parental mental health, Children in need, Parental alcohol misuse, Parental drug misuse, Looked after.',
    );
    await expect(summary(element)).toContain(
      'No data on 7 measures: Out of work, Homeless families, Births outside marriage, Wellbeing at 15, Low life satisfaction at 15, Child mental health, Youth justice entrants.',
    );
    await expect(segment(element, 'neet-16-17')).toHaveAttribute('aria-label', 'NEET 16–17: 4.4%, England 5.6%, better than England');
    await expect(segment(element, 'adult-low-wellbeing')).toHaveAttribute(
      'aria-label',
      'Life satisfaction: 7.61 out of 10, England 7.44 out of 10, less pressure than England',
    );
  },
};

/**
 * Gateshead: its families face more pressure than England’s on 7 measures – among them children in
 * need, separated or divorced adults and lone parents – and its children fare worse on 3: looked-after
 * children, and, by position among councils, under-18 conceptions and school readiness. It is better
 * placed on 5, among them less crowded homes and fewer 16–17 year olds not in education, employment or
 * training than England.
 */
export const Gateshead: Story = {
  args: { area: 'E08000037' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Gateshead');
    await expect(summary(element).slice(0, 3)).toEqual([
      'Families face more pressure than England’s on 7 measures: Child poverty (by position among councils), Disability in household, Children in need, Parental alcohol misuse, Unpaid carers, Separated or divorced, Lone parents.',
      'Children fare worse than England’s on 3 measures: Under 18 conceptions (by position among councils), School readiness (by position among councils), Looked after.',
      'Better placed than England on 5 measures: Overcrowding, Parental mental health, Young carers, Attainment 8 (by position among councils), NEET 16–17.',
    ]);
    await expect(segment(element, 'school-readiness')).toHaveAttribute('data-verdict', 'worse');
    await expect(segment(element, 'school-readiness')).toHaveAttribute(
      'aria-label',
      'School readiness: 66.4%, England 68.3%, among the two fifths of councils where children fare worst',
    );
  },
};

/**
 * Newcastle upon Tyne: more children in need than England (484.6 against 330.3 per 10,000), a
 * difference beyond the play of chance; its children fare worse on 6 measures – looked-after children
 * and 16–17 year olds not in education, employment or training by a test, the other four by position
 * among councils – and it is better placed on 8, among them parents in treatment for alcohol or drugs,
 * separated or divorced adults and domestic abuse.
 */
export const NewcastleUponTyne: Story = {
  name: 'Newcastle upon Tyne',
  args: { area: 'E08000021' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Newcastle upon Tyne');
    await expect(segment(element, 'children-in-need')).toHaveAttribute(
      'aria-label',
      'Children in need: 484.6 per 10,000, England 330.3 per 10,000, more pressure than England',
    );
    await expect(summary(element)).toContain(
      'Children fare worse than England’s on 6 measures: Under 18 conceptions (by position among councils), School readiness (by position among councils), Attainment 8 (by position among councils), Looked after, Youth justice entrants (by position among councils), NEET 16–17.',
    );
    await expect(summary(element)).toContain(
      'Better placed than England on 8 measures: Overcrowding, Parental mental health, Young carers, Parental alcohol misuse, Parental drug misuse, Unpaid carers, Separated or divorced, Domestic abuse.',
    );
  },
};

/**
 * Blackburn with Darwen: its families face more pressure than England’s on 11 measures – among them
 * crowded homes (6.3% against 4.4%), child poverty, parents in treatment for drugs or alcohol and
 * domestic abuse – and its children fare worse on 2, school readiness and looked-after children.
 */
export const BlackburnWithDarwen: Story = {
  name: 'Blackburn with Darwen',
  args: { area: 'E06000008' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Blackburn with Darwen');
    await expect(summary(element)[0]).toBe(
      'Families face more pressure than England’s on 11 measures: Child poverty (by position among councils), Overcrowding, Parental mental health, Young carers, Disability in household, Children in need, Parental alcohol misuse, Parental drug misuse, Unpaid carers, Domestic abuse, Lone parents.',
    );
    await expect(summary(element)[1]).toBe('Children fare worse than England’s on 2 measures: School readiness (by position among councils), Looked after.');
    await expect(segment(element, 'household-overcrowding')).toHaveAttribute('aria-label', 'Overcrowding: 6.3%, England 4.4%, more pressure than England');
  },
};

// ── Options and interaction ───────────────────────────────────────────────────────────────────

/** `heading-level="2"` makes the title a level-2 heading, for a page where the map is a main section. */
export const HeadingLevel: Story = {
  name: 'Heading level 2',
  args: { area: 'E06000059', 'heading-level': 2 },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Dorset', 2);
    await expect(element.shadowRoot!.querySelector('[part~="title"]')).toHaveAttribute('aria-level', '2');
  },
};

/**
 * The keyboard alone: the map is one tab stop; the arrow keys walk round the ring, the tooltip shows
 * the figures of the segment with focus – with the period, how the verdict was reached and the figure’s
 * source – and Enter chooses it: the page hears `oat-indicator-select`.
 */
export const ChooseWithKeyboard: Story = {
  name: 'Choosing a segment with the keyboard',
  args: { area: 'E06000008' },
  play: async ({ args, canvasElement, step }) => {
    const element = await mapOf(canvasElement, 'Blackburn with Darwen');
    const shadow = element.shadowRoot!;
    const focused = () => (shadow.activeElement as SVGGElement | null)?.dataset.indicator;
    const tooltip = shadow.querySelector<HTMLElement>('[part~="tooltip"]')!;

    await step('Focus the map: the first segment of the ring has the one tab stop', async () => {
      const stops = segments(element).filter((candidate) => candidate.getAttribute('tabindex') === '0');
      await expect(stops).toHaveLength(1);
      stops[0]!.focus();
      await waitFor(() => expect(focused()).toBe('families-out-of-work'));
      await waitFor(() => expect(tooltip).toBeVisible());
      await expectPart(
        element,
        'tooltip',
        /^Families out of work Blackburn with Darwen: no data England: no data No data: No published figure for every upper-tier council was found/,
      );
    });

    await step('Press Right three times: household overcrowding', async () => {
      await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
      await waitFor(() => expect(focused()).toBe('household-overcrowding'));
      await expectPart(
        element,
        'tooltip',
        'Household overcrowding Blackburn with Darwen: 6.3% England: 4.4% Census 2021 More pressure than England ' +
          'Tested against a 95% confidence interval by the Wilson score method: England’s value lies outside it, so the difference is significant. ' +
          `Source: ${SOURCES.census}`,
      );
      await expect(tooltip).toBeVisible();
      await expect(shadow.querySelector('.segment[tabindex="0"]')).toHaveAttribute('data-indicator', 'household-overcrowding');
    });

    await step('Press Enter: the indicator is chosen', async () => {
      await userEvent.keyboard('{Enter}');
    });

    await waitFor(() => expect(args.onOatIndicatorSelect).toHaveBeenCalledTimes(1));
    await expect(args.onOatIndicatorSelect).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'oat-indicator-select', detail: { indicator: 'household-overcrowding', area: 'E06000008' } }),
    );
    await expect(focused(), 'focus stays on the chosen segment').toBe('household-overcrowding');
  },
};

/**
 * “Show as table” swaps the picture for its figures, grouped by domain, each with its period, the
 * verdict, how it was judged and its source; pressing it again brings the picture back.
 */
export const ShowAsTable: Story = {
  name: 'Gateshead: shown as a table',
  args: { area: 'E08000037' },
  play: async ({ canvasElement, step }) => {
    const element = await mapOf(canvasElement, 'Gateshead');
    const shadow = inShadow(element);
    const toggle = shadow.getByRole('button', { name: 'Show as table' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await step('Press “Show as table”', async () => {
      await userEvent.click(toggle);
    });
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    await expect(picture(element)).toBeNull();
    const table = shadow.getByRole('table', { name: 'Gateshead compared with England, by domain of the model' });
    const headers = inShadow(element)
      .getAllByRole('columnheader')
      .map((header) => collapse(header.textContent));
    await expect(headers).toEqual(['Domain', 'Indicator', 'Gateshead', 'England', 'Period', 'Compared with England', 'How judged', 'Source']);
    await expect(table.querySelectorAll('tbody tr')).toHaveLength(27);
    const cells = (slug: string) =>
      [...table.querySelectorAll(`tr[data-indicator="${slug}"] :is(th[scope="row"], td)`)].map((cell) => collapse(cell.textContent));
    await expect(cells('household-overcrowding')).toEqual([
      'Household overcrowding',
      '2.3%',
      '4.4%',
      'Census 2021',
      'Less pressure than England',
      'a significant difference (tested: 95% interval, Wilson)',
      SOURCES.census,
    ]);
    await expect(cells('school-readiness')).toEqual([
      'School readiness',
      '66.4%',
      '68.3%',
      '2024/25',
      'Among the two fifths of councils where children fare worst',
      'by position: among the two fifths of councils where children fare worst – not a significance test',
      SOURCES.laitSchoolReadiness,
    ]);

    await step('Press it again: the picture is back', async () => {
      await userEvent.click(toggle);
    });
    await waitFor(() => expect(segments(element)).toHaveLength(27));
    await expect(shadow.queryByRole('table')).toBeNull();
  },
};

/**
 * Saving for slides: `toSvgBlob()` gives the file “Download SVG” offers – always the full picture with
 * its labels, even from a map drawn compact in a 400 px sidebar – titled “Newcastle upon Tyne: where
 * families face more pressure than England’s”, with the legend (the opportunity first) and the source
 * line inside it. (The story does not press the buttons, which would download a file.)
 */
export const SaveAsSvg: Story = {
  name: 'Saving the picture as SVG',
  args: { area: 'E08000021' },
  globals: { page: 'sidebar' },
  play: async ({ canvasElement, step }) => {
    await expectFrame(canvasElement, 'default', 'sidebar');
    const element = await mapOf(canvasElement, 'Newcastle upon Tyne');
    await expect(picture(element)).toHaveAttribute('data-compact', 'true');
    await expect(inShadow(element).getAllByRole('button', { name: /^Download (SVG|PNG)$/ })).toHaveLength(2);

    let text = '';
    await step('Make the SVG file', async () => {
      const blob = await element.toSvgBlob();
      await expect(blob?.type).toBe('image/svg+xml');
      text = (await blob?.text()) ?? '';
    });
    const file = new DOMParser().parseFromString(text, 'image/svg+xml');
    await expect(file.querySelector('parsererror')).toBeNull();
    await expect(file.querySelector('title')?.textContent).toMatch(/^Newcastle upon Tyne: /);
    // The full layout, 600 units wide.
    await expect(file.documentElement.getAttribute('viewBox')).toMatch(/^0 0 600 /);
    // The picture's title is its first text and the source line its last, each wrapped over lines as drawn.
    const texts = [...file.querySelectorAll('text')];
    const lines = (text: Element) => [...text.querySelectorAll('tspan')].map((line) => collapse(line.textContent)).join(' ');
    await expect(lines(texts[0]!)).toBe('Newcastle upon Tyne: where families face more pressure than England’s');
    await expect(lines(texts[texts.length - 1]!)).toBe(SNAPSHOT_SOURCE_LINE);
    // The legend, the opportunity first (the file keeps no classes, so it is found by its words).
    const legendAt = texts.map(lines).indexOf(OPPORTUNITY_KEY);
    await expect(legendAt).toBeGreaterThan(0);
    await expect(texts.slice(legendAt, legendAt + 4).map(lines)).toEqual([
      OPPORTUNITY_KEY,
      'Similar to England',
      'Less pressure, or children faring better, than England',
      'No data, or no England figure (short stub)',
    ]);
    // A label beside each segment, which the compact picture on screen leaves out.
    await expect(texts.map(lines)).toEqual(expect.arrayContaining(['Children in need', 'Looked after', 'Overcrowding']));
    // Nothing is left behind in the element, and the picture on screen is still the compact one.
    await expect(element.shadowRoot!.querySelector('.export-stage')).toBeNull();
    await expect(picture(element)).toHaveAttribute('data-compact', 'true');
  },
};

// ── States ────────────────────────────────────────────────────────────────────────────────────

/** While the figures are on their way: a placeholder the size of the picture, busy for assistive technology. */
export const Loading: Story = {
  name: 'State: loading',
  args: { area: 'E09000008', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'loading' },
  play: async ({ canvasElement }) => {
    const element = await rendered<OatMap>(canvasElement, 'oat-map');
    await expectPart(element, 'status', 'Loading the opportunity map…');
    await expect(element.shadowRoot!.querySelector('[part~="base"]')).toHaveAttribute('aria-busy', 'true');
  },
};

/** The council's file is missing (404): the map says so, and what to do. */
export const LoadingError: Story = {
  name: 'State: error',
  args: { area: 'E09000008', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'missing-file' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatMap>(canvasElement, 'oat-map');
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'The opportunity map could not be shown' })).toBeVisible();
    await expectPart(element, 'status', /^our-figures-2026\.csv could not be loaded: the server answered 404 Not Found\./);
    await expect(picture(element)).toBeNull();
  },
};

/** An area code not in the data: the closest real one is suggested. */
export const UnknownArea: Story = {
  name: 'State: unknown area',
  args: { area: 'E09000088' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatMap>(canvasElement, 'oat-map');
    await expectPart(element, 'status', 'There is no area with the code E09000088 in the data. Did you mean Croydon (E09000008)?');
    await expect(picture(element)).toBeNull();
  },
};

/** Fingertips could not be reached: the snapshot’s figures, under a notice saying so. */
export const LiveDataUnavailable: Story = {
  name: 'State: live data unavailable',
  args: { area: 'E06000009', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'live-unavailable' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'Blackpool');
    await expectPart(element, 'notice', LIVE_UNAVAILABLE_NOTICE);
    await expect(segment(element, 'looked-after-children')).toHaveAttribute(
      'aria-label',
      'Looked after: 184 per 10,000, England 67 per 10,000, worse than England',
    );
  },
};

/**
 * The City of London: figures withheld (DfE’s “c”) or not published for a small population leave 14
 * indicators without data; each is a short dashed stub, and its name says there is no figure.
 */
export const SuppressedValues: Story = {
  name: 'State: suppressed values',
  args: { area: 'E09000001' },
  play: async ({ canvasElement }) => {
    const element = await mapOf(canvasElement, 'City of London');
    await expect(summary(element)).toContain(
      'No data on 14 measures: Out of work, Homeless families, Parental mental health, Life satisfaction, Parental drug misuse, Domestic abuse, Births outside marriage, Wellbeing at 15, Low life satisfaction at 15, Child mental health, Under 18 conceptions, Attainment 8, Looked after, Youth justice entrants.',
    );
    const lookedAfter = segment(element, 'looked-after-children');
    await expect(lookedAfter).toHaveAttribute('data-verdict', 'no-data');
    await expect(lookedAfter).toHaveAttribute('data-stub', 'true');
    await expect(lookedAfter).toHaveAttribute('aria-label', 'Looked after: no data for City of London');
  },
};

// ── Themes ────────────────────────────────────────────────────────────────────────────────────

/** On a dark page: the picture's text follows the page, and the verdict colours are the dark theme's lighter ones. */
export const ThemeDark: Story = {
  name: 'Theme: dark',
  args: { area: 'E09000008' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'dark');
    const element = await mapOf(canvasElement, 'Croydon');
    await expect(getComputedStyle(picture(element)!).color).toBe('rgb(236, 238, 242)');
    const worse = element.shadowRoot!.querySelector('svg.map pattern[data-verdict="worse"] .pattern-fill')!;
    await expect(getComputedStyle(worse).fill).toBe('rgb(245, 163, 108)');
  },
};

/**
 * High contrast: black on white, from custom properties alone. The theme’s dark red fills the
 * opportunity solid, and its dark blue draws the hatching of where Blackpool is better placed.
 */
export const ThemeHighContrast: Story = {
  name: 'Theme: high contrast',
  args: { area: 'E06000009' },
  globals: { theme: 'high-contrast' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'high-contrast');
    const element = await mapOf(canvasElement, 'Blackpool');
    const worse = element.shadowRoot!.querySelector('svg.map pattern[data-verdict="worse"] .pattern-fill')!;
    await expect(getComputedStyle(worse).fill).toBe('rgb(138, 44, 0)');
    const better = element.shadowRoot!.querySelector('svg.map pattern[data-verdict="better"] .pattern-ink')!;
    await expect(getComputedStyle(better).stroke).toBe('rgb(0, 58, 117)');
  },
};

/** A council's brand, from the documented `--oat-*` custom properties only: its verdict colours reach the patterns. */
export const ThemeCouncilBrand: Story = {
  name: 'Theme: council brand',
  args: { area: 'E06000008' },
  globals: { theme: 'council' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'council');
    const element = await mapOf(canvasElement, 'Blackburn with Darwen');
    const worse = element.shadowRoot!.querySelector('svg.map pattern[data-verdict="worse"] .pattern-fill')!;
    await expect(getComputedStyle(worse).fill).toBe('rgb(155, 27, 48)');
  },
};

// ── Widths ────────────────────────────────────────────────────────────────────────────────────

/** On a 320 px phone the compact picture: the ring alone, its labels left to the summary and the tooltip. */
export const WidthPhone: Story = {
  name: 'Width: phone, 320 px',
  args: { area: 'E06000059' },
  globals: { page: 'phone' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'phone');
    const element = await mapOf(canvasElement, 'Dorset');
    await expect(widthOf(element)).toBe(320);
    await expect(picture(element)).toHaveAttribute('data-compact', 'true');
    await expect(picture(element)!.querySelector('.label-text'), 'no labels beside the ring').toBeNull();
    const base = element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    await expect(base.scrollWidth, 'nothing overflows').toBeLessThanOrEqual(base.clientWidth);
  },
};

/** In a 400 px CMS sidebar: still below 540 px, so the compact picture. */
export const WidthSidebar: Story = {
  name: 'Width: CMS sidebar, 400 px',
  args: { area: 'E08000037' },
  globals: { page: 'sidebar' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'sidebar');
    const element = await mapOf(canvasElement, 'Gateshead');
    await expect(widthOf(element)).toBe(400);
    await expect(widthOf(element)).toBeLessThan(COMPACT_BELOW);
    await expect(picture(element)).toHaveAttribute('data-compact', 'true');
  },
};

/** Full width, as in the main column of a page: the full picture, with a label beside each segment. */
export const WidthFull: Story = {
  name: 'Width: full',
  args: { area: 'E08000037' },
  globals: { page: 'full' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'full');
    const element = await mapOf(canvasElement, 'Gateshead');
    await expect(widthOf(element)).toBeGreaterThanOrEqual(COMPACT_BELOW);
    await expect(picture(element)).toHaveAttribute('data-compact', 'false');
    await expect(picture(element)!.querySelectorAll('.label-text')).toHaveLength(27);
  },
};

// ── Data sources ──────────────────────────────────────────────────────────────────────────────

/**
 * Live figures through a recorded Fingertips reply (the snapshot’s own published figures, in Fingertips’
 * shape): the summary says the figures are live, no notice is needed, and in the table each figure
 * Fingertips publishes names it as its source; those it does not publish, such as the Census 2021
 * figures, keep the snapshot’s sources.
 */
export const SourceFingertips: Story = {
  name: 'Source: Fingertips (recorded reply)',
  args: { area: 'E08000037', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'fingertips-recorded' },
  play: async ({ canvasElement, step }) => {
    const element = await mapOf(canvasElement, 'Gateshead');
    await expect(partText(element, 'summary')).toMatch(
      /^Gateshead compared with England on 27 indicators in the four domains of the model\. Figures: OHID Fingertips \(live\), 1 December 2026\./,
    );
    await expect(element.shadowRoot!.querySelector('[part~="notice"]'), 'no fallback notice').toBeNull();
    await expect(segment(element, 'under-18-conceptions')).toHaveAttribute(
      'aria-label',
      'Under 18 conceptions: 17.4 per 1,000, England 13.9 per 1,000, among the two fifths of councils where children fare worst',
    );

    await step('Press “Show as table”', async () => {
      await userEvent.click(inShadow(element).getByRole('button', { name: 'Show as table' }));
    });
    const source = (slug: string) => collapse(element.shadowRoot!.querySelector(`tr[data-indicator="${slug}"] td:last-child`)?.textContent);
    await waitFor(() => expect(source('under-18-conceptions')).toBe(SOURCES.fingertips));
    await expect(source('household-overcrowding')).toBe(SOURCES.census);
  },
};
