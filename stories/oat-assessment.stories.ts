// Long because each story is one documented state of <oat-assessment>; they run as tests, so every
// area, option, theme and data source has its own.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type LitElement } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, waitFor, within } from 'storybook/test';
import { DOMAINS } from '../src/catalogue/domains.js';
import { SOURCE_NAMES } from '../src/sources/registry.js';
import '../components/oat-assessment/define.js';
import type { OatAreaPicker } from '../components/oat-area-picker/oat-area-picker.js';
import type { OatAssessment } from '../components/oat-assessment/oat-assessment.js';
import type { OatDomain } from '../components/oat-domain/oat-domain.js';
import type { OatMap } from '../components/oat-map/oat-map.js';
import type { OatSoWhat } from '../components/oat-so-what/oat-so-what.js';
import { printLayout } from './frames.js';
import {
  expectFrame,
  expectPart,
  inShadow,
  letLiveFiguresArrive,
  rendered,
  shown,
  sourceFor,
  widthOf,
  AREA_CONTROL,
  SOURCE_CONTROL,
  HEADING_LEVEL_CONTROL,
} from './support.js';
import { FILE_NOT_FOUND_NOTICE, FROM_FINGERTIPS, FROM_SNAPSHOT, LIVE_LOADING_NOTICE, LIVE_UNAVAILABLE_NOTICE, SOURCES } from './shown-texts.js';

/** The story's args are the element's attributes, under their attribute names, and its event. */
interface AssessmentArgs {
  area: string;
  source: string;
  'heading-level': number;
  /** Logged in the Actions panel when an area is chosen in the built-in picker. */
  onOatAreaChange: (event: Event) => void;
}

/** The groups of the assessment's opening: more pressure on families, children faring worse, better placed. */
type OpeningGroup = 'pressures' | 'outcomes' | 'better-placed';

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** One group of the opening section; the story fails if it is not there. */
function openingGroup(element: OatAssessment, group: OpeningGroup): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>(`[part~="opportunities"] [data-group="${group}"]`);
  if (!found) throw new Error(`The opening has no “${group}” group.`);
  return found;
}

/** The indicators one group of the opening lists, in its order (biggest gap from England first). */
function opening(element: OatAssessment, group: OpeningGroup): (string | undefined)[] {
  return within(openingGroup(element, group))
    .queryAllByRole('listitem')
    .map((item) => item.dataset.indicator);
}

/**
 * What the opening says of one indicator, e.g. `Overcrowding: 10.4% (England 4.4%), Census 2021 – a
 * significant difference (tested: 95% interval, Wilson)`, and how it was judged (`interval` or `position`).
 */
function openingItem(element: OatAssessment, group: OpeningGroup, slug: string): { text: string; method: string | undefined } {
  const item = openingGroup(element, group).querySelector<HTMLElement>(`li[data-indicator="${slug}"]`);
  return { text: collapse(item?.textContent), method: item?.dataset.method };
}

/** What an empty group of the opening says instead of a list. */
function openingNone(element: OatAssessment, group: OpeningGroup): string {
  const found = openingGroup(element, group);
  return found.hasAttribute('data-empty') ? collapse(found.querySelector('p')?.textContent) : '';
}

/** The one-line summary in each box of “The model at a glance”, in the model's order. */
function modelBoxes(element: OatAssessment): string[] {
  return [...element.shadowRoot!.querySelectorAll('[part~="model"] .box-summary')].map((box) => collapse(box.textContent));
}

/** The first `tag` the assessment shows inside itself (`what` names it for a failure), once its code has loaded and it has rendered. */
async function shownInside<T extends LitElement>(element: OatAssessment, tag: string, what: string): Promise<T> {
  await customElements.whenDefined(tag);
  const inside = element.shadowRoot!.querySelector<T>(tag);
  await expect(inside, `the assessment shows ${what}`).not.toBeNull();
  await inside!.updateComplete;
  return inside!;
}

/** The assessment's built-in area picker, once it has its list of areas. */
const pickerIn = (element: OatAssessment) => shownInside<OatAreaPicker>(element, 'oat-area-picker', 'an area picker');
/** The opportunity map inside the assessment (its code is fetched once an assessment is shown), once it is drawn. */
const mapIn = (element: OatAssessment) => shownInside<OatMap>(element, 'oat-map', 'the opportunity map');
/** The “so what?” section inside the assessment (its code is fetched once an assessment is shown), once it is rendered. */
const soWhatIn = (element: OatAssessment) => shownInside<OatSoWhat>(element, 'oat-so-what', 'the “so what?” section');

/** Checks the title, then waits for the map, the “so what?” section and the four domains to render. */
async function shownFor(canvasElement: HTMLElement, name: string, level = 2): Promise<OatAssessment> {
  const element = await shown<OatAssessment>(canvasElement, 'oat-assessment');
  await expect(inShadow(element).getByRole('heading', { level, name: `Opportunity assessment: ${name}` })).toBeVisible();
  await Promise.all([mapIn(element), soWhatIn(element)]);
  const domains = [...element.shadowRoot!.querySelectorAll<OatDomain>('oat-domain')];
  await Promise.all(domains.map((domain) => domain.updateComplete));
  return element;
}

/** Every notice about where the figures came from, in the assessment and in the elements inside it. */
function notices(element: OatAssessment): string[] {
  const inside = [...element.shadowRoot!.querySelectorAll('oat-map, oat-so-what, oat-domain')].map((child) => child.shadowRoot);
  return [element.shadowRoot, ...inside].flatMap((root) =>
    [...(root?.querySelectorAll('[part~="notice"]') ?? [])].map((notice) => collapse(notice.textContent)),
  );
}

/** A domain of the assessment. */
function domainIn(element: OatAssessment, id: string): OatDomain {
  const domain = element.shadowRoot!.querySelector<OatDomain>(`oat-domain[domain="${id}"]`);
  if (!domain) throw new Error(`The assessment has no “${id}” domain.`);
  return domain;
}

/** Where one row of a domain says its figure comes from. */
function rowSource(element: OatAssessment, domain: string, slug: string): string {
  return collapse(domainIn(element, domain).shadowRoot!.querySelector(`[part~="row"][data-indicator="${slug}"] .provenance`)?.textContent);
}

const meta = {
  title: 'Elements/oat-assessment',
  // Links the stories to the element's entry in custom-elements.json, which the docs tables come from.
  component: 'oat-assessment',
  // A story that needs a source no attribute can name sets `parameters.dataSource` (stories/story-sources.ts).
  render: (args, context) => html`<oat-assessment
    area=${ifDefined(args.area)}
    source=${ifDefined(args.source || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    .dataSource=${sourceFor(context)}
    @oat-area-change=${args.onOatAreaChange}
  ></oat-assessment>`,
  args: { area: 'E09000008', source: 'snapshot', 'heading-level': 2, onOatAreaChange: fn() },
  argTypes: {
    // Controls only: names, descriptions and types come from the manifest.
    area: AREA_CONTROL,
    source: SOURCE_CONTROL,
    'heading-level': HEADING_LEVEL_CONTROL,
  },
} satisfies Meta<AssessmentArgs>;

export default meta;
type Story = StoryObj<AssessmentArgs>;

/**
 * Croydon: the assessment opens with where Croydon’s families face more pressure than England’s – five
 * measures, the most crowded homes first (10.4% against 4.4%), then children in need, lone parents,
 * adults’ life satisfaction and, by position among councils, pupils with special educational needs –
 * and where its children fare worse, on four measures led by social, emotional and mental health needs.
 * Each line gives Croydon’s figure, England’s, the period and how it was judged. Ten measures where
 * Croydon is better placed follow, then the opportunity map, “So what?” (the tool’s four questions
 * asked of Croydon, and a paragraph for a paper), the model at a glance and the four domains in the
 * model’s order.
 */
export const Croydon: Story = {
  args: { area: 'E09000008' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Croydon');
    await expectPart(element, 'title', 'Opportunity assessment: Croydon');
    const shadow = inShadow(element);
    await expect(shadow.getByRole('heading', { level: 3, name: 'Where Croydon’s families face more pressure than England’s' })).toBeVisible();
    for (const name of ['More pressure on families than England', 'Children faring worse than England', 'Where Croydon is better placed than England']) {
      await expect(shadow.getByRole('heading', { level: 4, name })).toBeVisible();
    }
    await expect(opening(element, 'pressures')).toEqual([
      'household-overcrowding',
      'children-in-need',
      'lone-parent-households',
      'adult-low-wellbeing',
      'pupils-with-sen',
    ]);
    await expect(openingItem(element, 'pressures', 'household-overcrowding')).toEqual({
      text: 'Overcrowding: 10.4% (England 4.4%), Census 2021 – a significant difference (tested: 95% interval, Wilson)',
      method: 'interval',
    });
    await expect(openingItem(element, 'pressures', 'pupils-with-sen')).toEqual({
      text: 'Pupils with SEN: 20.4% (England 19.5%), 2024/25 – by position: among the two fifths of councils with the most pressure – not a significance test',
      method: 'position',
    });
    await expect(opening(element, 'outcomes')).toEqual([
      'pupils-with-semh-needs',
      'under-18-conceptions',
      'gcse-attainment',
      'first-time-entrants-youth-justice',
    ]);
    await expect(opening(element, 'better-placed')).toHaveLength(10);
    // The opening, then the map and “so what?”, then the model at a glance and the domains.
    const map = await mapIn(element);
    await expect(inShadow(map).getByRole('heading', { level: 3, name: 'Opportunity map: Croydon' })).toBeVisible();
    const soWhat = await soWhatIn(element);
    await expect(inShadow(soWhat).getByRole('heading', { level: 3, name: 'So what? From Croydon’s figures to a case for change' })).toBeVisible();
    const openingSection = element.shadowRoot!.querySelector('[part~="opportunities"]')!;
    const model = element.shadowRoot!.querySelector('[part~="model"]')!;
    const inOrder = (first: Node, second: Node) => Boolean(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);
    await expect(inOrder(openingSection, map) && inOrder(map, soWhat) && inOrder(soWhat, model), 'opening, map, so what?, model').toBe(true);
    const picker = await pickerIn(element);
    await expect(picker).toHaveAttribute('value', 'E09000008');
    await expect(inShadow(picker).getByRole('combobox', { name: 'Choose an area' })).toHaveValue('Croydon');
    const domains = [...element.shadowRoot!.querySelectorAll<OatDomain>('oat-domain')];
    await expect(domains.map((domain) => domain.domain)).toEqual(DOMAINS.map((domain) => domain.id));
  },
};

/**
 * Blackpool: its families face more pressure than England’s on 12 measures, including separated or
 * divorced adults (15.5% against 11.3%), children in need (606.1 against 330.3 per 10,000) and domestic
 * abuse (312.9 against 133.7), and its children fare worse on 6, including looked-after children (184
 * against 67 per 10,000), 16–17 year olds not in education, employment or training (8.9% against 5.6%,
 * tested with a count worked out from the published percentage), school readiness and Attainment 8 –
 * the last two judged by Blackpool’s position among councils, as no counts are published to test them.
 * It is better placed than England on two: overcrowding, and social, emotional and mental health needs.
 * The model at a glance says the same.
 */
export const Blackpool: Story = {
  args: { area: 'E06000009' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Blackpool');
    await expect(opening(element, 'pressures')).toEqual([
      'adult-mental-health',
      'parents-in-alcohol-treatment',
      'parents-in-drug-treatment',
      'domestic-abuse',
      'young-carers',
      'children-in-need',
      'children-in-low-income-families',
      'relationship-breakdown',
      'lone-parent-households',
      'families-with-health-problems',
      'unpaid-carers',
      'pupils-with-sen',
    ]);
    await expect(openingItem(element, 'pressures', 'relationship-breakdown').text).toBe(
      'Separated or divorced: 15.5% (England 11.3%), Census 2021 – a significant difference (tested: 95% interval, Wilson)',
    );
    await expect(opening(element, 'outcomes')).toEqual([
      'looked-after-children',
      'under-18-conceptions',
      'neet-16-17',
      'gcse-attainment',
      'school-readiness',
      'first-time-entrants-youth-justice',
    ]);
    await expect(openingItem(element, 'outcomes', 'looked-after-children').text).toBe(
      'Looked after: 184 per 10,000 (England 67 per 10,000), 2024/25 – a significant difference (tested: 95% interval, Byar)',
    );
    await expect(openingItem(element, 'outcomes', 'gcse-attainment')).toEqual({
      text: 'Attainment 8: 37.0 points (England 46.0 points), 2024/25 – by position: among the fifth of councils where children fare worst – not a significance test',
      method: 'position',
    });
    await expect(openingItem(element, 'outcomes', 'neet-16-17')).toEqual({
      text: 'NEET 16–17: 8.9% (England 5.6%), 2024/25 – a significant difference (tested: 95% interval, Wilson, derived count)',
      method: 'interval',
    });
    await expect(openingItem(element, 'outcomes', 'school-readiness').method).toBe('position');
    await expect(opening(element, 'better-placed')).toEqual(['household-overcrowding', 'pupils-with-semh-needs']);
    await expect(modelBoxes(element)).toEqual([
      'More pressure than England on 1 of 4 measures (1 judged by position among councils); less pressure on 1; no data on 2.',
      'More pressure than England on 8 of 9 measures (1 judged by position among councils); similar on 1.',
      'More pressure than England on 3 of 4 measures; no data on 1.',
      'Children fare worse than England on 6 of 10 measures (4 judged by position among councils); better on 1; no data on 3.',
    ]);
  },
};

/**
 * Dorset: its families face more pressure than England’s on 4 measures – separated or divorced adults
 * (12.9% against 11.3%), pupils with special educational needs (by position among councils), unpaid
 * carers and disability in the household – and its children fare worse on 2, social, emotional and
 * mental health needs and Attainment 8. It is better placed on 9, the least crowded homes first; among
 * them, fewer 16–17 year olds are not in education, employment or training than England’s (4.4%
 * against 5.6%, tested with a count worked out from the published percentage).
 */
export const Dorset: Story = {
  args: { area: 'E06000059' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Dorset');
    await expect(opening(element, 'pressures')).toEqual(['relationship-breakdown', 'pupils-with-sen', 'unpaid-carers', 'families-with-health-problems']);
    await expect(opening(element, 'outcomes')).toEqual(['pupils-with-semh-needs', 'gcse-attainment']);
    await expect(opening(element, 'better-placed')).toEqual([
      'household-overcrowding',
      'young-carers',
      'under-18-conceptions',
      'lone-parent-households',
      'domestic-abuse',
      'children-in-low-income-families',
      'neet-16-17',
      'adult-low-wellbeing',
      'school-readiness',
    ]);
    await expect(openingItem(element, 'better-placed', 'neet-16-17').text).toBe(
      'NEET 16–17: 4.4% (England 5.6%), 2024/25 – a significant difference (tested: 95% interval, Wilson, derived count)',
    );
    await expect(openingItem(element, 'better-placed', 'adult-low-wellbeing').text).toBe(
      'Life satisfaction: 7.61 out of 10 (England 7.44 out of 10), 2022/23 – a significant difference (tested: published 95% interval)',
    );
  },
};

/**
 * Blackburn with Darwen: its families face more pressure than England’s on 11 measures, led by parents
 * in treatment for drug misuse (133.0 against 59.6 per 10,000), child poverty (36.2% against 19.8%, among
 * the fifth of councils with the most pressure) and domestic abuse; its homes are more crowded too. Its
 * children fare worse on looked-after children and school readiness.
 */
export const BlackburnWithDarwen: Story = {
  name: 'Blackburn with Darwen',
  args: { area: 'E06000008' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Blackburn with Darwen');
    await expect(opening(element, 'pressures')).toEqual([
      'parents-in-drug-treatment',
      'children-in-low-income-families',
      'domestic-abuse',
      'parents-in-alcohol-treatment',
      'adult-mental-health',
      'household-overcrowding',
      'children-in-need',
      'young-carers',
      'lone-parent-households',
      'families-with-health-problems',
      'unpaid-carers',
    ]);
    await expect(openingItem(element, 'pressures', 'household-overcrowding').text).toBe(
      'Overcrowding: 6.3% (England 4.4%), Census 2021 – a significant difference (tested: 95% interval, Wilson)',
    );
    await expect(opening(element, 'outcomes')).toEqual(['looked-after-children', 'school-readiness']);
    await expect(opening(element, 'better-placed')).toEqual([
      'pupils-with-semh-needs',
      'relationship-breakdown',
      'pupils-with-sen',
      'first-time-entrants-youth-justice',
    ]);
  },
};

/** An area code not in the data is explained, the closest suggested, and a picker offered to choose another. */
export const UnknownArea: Story = {
  name: 'State: unknown area',
  args: { area: 'E09000088' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatAssessment>(canvasElement, 'oat-assessment');
    const shadow = inShadow(element);
    await expect(shadow.getByRole('heading', { level: 2, name: 'The assessment could not be shown' })).toBeVisible();
    await expectPart(element, 'status', 'There is no area with the code E09000088 in the data. Did you mean Croydon (E09000008)?');
    await expect(inShadow(await pickerIn(element)).getByRole('combobox', { name: 'Choose another area' })).toHaveValue('');
    await expect(element.shadowRoot!.querySelectorAll('oat-domain')).toHaveLength(0);
  },
};

/**
 * Gateshead: its families face more pressure than England’s on 7 measures – parents in treatment for
 * alcohol misuse, child poverty, children in need, disability in the household, unpaid carers, lone
 * parents and separated or divorced adults – and its children fare worse on 3: looked-after children
 * (124 against 67 per 10,000) and, by position among councils, under-18 conceptions and school
 * readiness. It is better placed on 5: among them, its homes are less crowded than England’s, and fewer
 * of its 16–17 year olds are not in education, employment or training (4.9% against 5.6%).
 */
export const Gateshead: Story = {
  args: { area: 'E08000037' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Gateshead');
    await expect(opening(element, 'pressures')).toEqual([
      'parents-in-alcohol-treatment',
      'children-in-low-income-families',
      'children-in-need',
      'families-with-health-problems',
      'unpaid-carers',
      'lone-parent-households',
      'relationship-breakdown',
    ]);
    await expect(opening(element, 'outcomes')).toEqual(['looked-after-children', 'under-18-conceptions', 'school-readiness']);
    await expect(opening(element, 'better-placed')).toEqual(['young-carers', 'household-overcrowding', 'adult-mental-health', 'neet-16-17', 'gcse-attainment']);
  },
};

/**
 * Newcastle upon Tyne: its families face more pressure than England’s on 5 measures, children in need
 * first (484.6 against 330.3 per 10,000), and its children fare worse on 6, looked-after children first
 * (107 against 67 per 10,000); it is better placed on 8, among them parents in treatment for alcohol or
 * drug misuse, crowded homes and domestic abuse.
 */
export const NewcastleUponTyne: Story = {
  name: 'Newcastle upon Tyne',
  args: { area: 'E08000021' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Newcastle upon Tyne');
    await expect(opening(element, 'pressures')).toEqual([
      'children-in-need',
      'children-in-low-income-families',
      'families-with-health-problems',
      'lone-parent-households',
      'pupils-with-sen',
    ]);
    await expect(opening(element, 'outcomes')).toEqual([
      'looked-after-children',
      'neet-16-17',
      'under-18-conceptions',
      'gcse-attainment',
      'school-readiness',
      'first-time-entrants-youth-justice',
    ]);
    await expect(opening(element, 'better-placed')).toEqual([
      'parents-in-alcohol-treatment',
      'parents-in-drug-treatment',
      'young-carers',
      'household-overcrowding',
      'domestic-abuse',
      'adult-mental-health',
      'relationship-breakdown',
      'unpaid-carers',
    ]);
  },
};

/**
 * Wokingham, a council better placed than England on nearly everything, reads that way: the opening is
 * not an alarm that always rings. None of the measures shows more pressure on its families than
 * England’s, or its children faring worse, and the opening says so in words. Wokingham is better placed
 * on 18 measures – child poverty (6.4% against 19.8%) and under-18 conceptions (5.5 against 13.9 per
 * 1,000) first – and similar to England on the other 3 that have figures.
 */
export const Wokingham: Story = {
  args: { area: 'E06000041' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Wokingham');
    await expect(opening(element, 'pressures')).toEqual([]);
    await expect(openingNone(element, 'pressures')).toBe('None of the measures shows more pressure on Wokingham’s families than England’s.');
    await expect(opening(element, 'outcomes')).toEqual([]);
    await expect(openingNone(element, 'outcomes')).toBe('None of the measures shows Wokingham’s children faring worse than England’s.');
    await expect(opening(element, 'better-placed')).toEqual([
      'children-in-low-income-families',
      'under-18-conceptions',
      'household-overcrowding',
      'young-carers',
      'parents-in-drug-treatment',
      'looked-after-children',
      'adult-mental-health',
      'parents-in-alcohol-treatment',
      'lone-parent-households',
      'domestic-abuse',
      'families-with-health-problems',
      'relationship-breakdown',
      'unpaid-carers',
      'pupils-with-sen',
      'gcse-attainment',
      'school-readiness',
      'children-in-need',
      'first-time-entrants-youth-justice',
    ]);
    await expect(openingItem(element, 'better-placed', 'children-in-low-income-families')).toEqual({
      text: 'Child poverty: 6.4% (England 19.8%), 2024/25 – by position: among the fifth of councils with the least pressure – not a significance test',
      method: 'position',
    });
    await expect(openingItem(element, 'better-placed', 'children-in-need').text).toBe(
      'Children in need: 288.9 per 10,000 (England 330.3 per 10,000), 2024/25 – a significant difference (tested: 95% interval, Byar)',
    );
    await expect(modelBoxes(element)).toEqual([
      'More pressure than England on 0 of 4 measures; less pressure on 2 (1 judged by position among councils); no data on 2.',
      'More pressure than England on 0 of 9 measures; less pressure on 8 (1 judged by position among councils); similar on 1.',
      'More pressure than England on 0 of 4 measures; less pressure on 3; no data on 1.',
      'Children fare worse than England on 0 of 10 measures; better on 5 (4 judged by position among councils); similar on 2; no data on 3.',
    ]);
    // Not one row of the four domains reads as more pressure or worse.
    for (const domain of element.shadowRoot!.querySelectorAll<OatDomain>('oat-domain')) {
      await expect(domain.shadowRoot!.querySelectorAll('[part~="row"][data-verdict="worse"]'), `nothing worse in ${domain.domain}`).toHaveLength(0);
    }
  },
};

/**
 * `heading-level="1"`: the assessment is the page's main heading, its sections level 2 (the opening’s
 * three groups level 3) and its domains level 2.
 */
export const HeadingLevel: Story = {
  name: 'Heading level 1',
  args: { area: 'E06000059', 'heading-level': 1 },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Dorset', 1);
    await expect(inShadow(element).getByRole('heading', { level: 2, name: 'Where Dorset’s families face more pressure than England’s' })).toBeVisible();
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'Children faring worse than England' })).toBeVisible();
    const domain = element.shadowRoot!.querySelector<OatDomain>('oat-domain')!;
    await expect(inShadow(domain).getByRole('heading', { level: 2, name: 'Stressful circumstances' })).toBeVisible();
  },
};

// ── States ────────────────────────────────────────────────────────────────────────────────────

/** While the figures are on their way: a skeleton of the page, busy for assistive technology. */
export const Loading: Story = {
  name: 'State: loading',
  args: { area: 'E09000008', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'loading' },
  play: async ({ canvasElement }) => {
    const element = await rendered<OatAssessment>(canvasElement, 'oat-assessment');
    await expectPart(element, 'status', 'Loading the assessment…');
    await expect(element.shadowRoot!.querySelector('[part~="base"]')).toHaveAttribute('aria-busy', 'true');
  },
};

/** The council's file is missing (404): the assessment says so and what to do. */
export const LoadingError: Story = {
  name: 'State: error',
  args: { area: 'E09000008', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'missing-file' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatAssessment>(canvasElement, 'oat-assessment');
    await expect(inShadow(element).getByRole('heading', { level: 2, name: 'The assessment could not be shown' })).toBeVisible();
    await expectPart(element, 'status', /^our-figures-2026\.csv could not be loaded: the server answered 404 Not Found\./);
  },
};

/**
 * The council’s own file is not where the page says (the server answers 404), but the embedded snapshot
 * is there: the whole assessment – opening, map, “so what?” and domains – shows the snapshot’s figures
 * for Croydon, under one notice at the top naming the file and what went wrong. The page names the
 * snapshot as where the figures came from, never “Your data”.
 */
export const CouncilFileUnavailable: Story = {
  name: 'State: council file could not be loaded',
  args: { area: 'E09000008', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'council-file-unavailable' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Croydon');
    await expect(notices(element)).toEqual([FILE_NOT_FOUND_NOTICE]);
    await expect(collapse(element.shadowRoot!.querySelector('.data-date')?.textContent)).toBe(
      `Croydon compared with England on 27 indicators. ${FROM_SNAPSHOT}`,
    );
    await expect(opening(element, 'pressures')).toEqual([
      'household-overcrowding',
      'children-in-need',
      'lone-parent-households',
      'adult-low-wellbeing',
      'pupils-with-sen',
    ]);
    await expect(rowSource(element, 'individual-vulnerabilities', 'children-in-need')).toBe(SOURCES.laitChildrenInNeed);
    await expect(collapse(element.shadowRoot!.textContent)).not.toContain('Your data');
  },
};

/**
 * Live figures were asked for, and Fingertips is slow to answer, as it is on a cold start: the whole
 * assessment for Gateshead is shown at once from the embedded snapshot, under one notice that live
 * figures are still loading. When the reply arrives (here a recorded reply, held back until the play lets
 * it through, or for 8 seconds) the page takes it in place without going blank: the notice goes, the
 * page says its figures are live, and each figure Fingertips publishes – under-18 conceptions, say –
 * names Fingertips as its source. The recorded reply holds the snapshot’s own published figures, so the
 * reading stays the same: 7 measures of more pressure on families, 3 where children fare worse.
 */
export const LiveFiguresArrive: Story = {
  name: 'State: live figures arrive after the snapshot’s',
  args: { area: 'E08000037', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'fingertips-slow' },
  play: async ({ canvasElement, step }) => {
    const element = await shownFor(canvasElement, 'Gateshead');
    const dataDate = () => collapse(element.shadowRoot!.querySelector('.data-date')?.textContent);
    await expect(notices(element)).toEqual([LIVE_LOADING_NOTICE]);
    await expect(dataDate()).toBe(`Gateshead compared with England on 27 indicators. ${FROM_SNAPSHOT}`);
    await expect(rowSource(element, 'children-outcomes', 'under-18-conceptions')).toBe(SOURCES.laitConceptions);

    await step('Fingertips’ reply arrives', async () => {
      letLiveFiguresArrive(element);
    });
    await waitFor(() => expect(dataDate()).toBe(`Gateshead compared with England on 27 indicators. ${FROM_FINGERTIPS}`));
    await element.updateComplete;
    await Promise.all([...element.shadowRoot!.querySelectorAll<OatDomain>('oat-domain')].map((domain) => domain.updateComplete));
    await expect(notices(element)).toEqual([]);
    await expect(rowSource(element, 'children-outcomes', 'under-18-conceptions')).toBe(SOURCES.fingertips);
    await expect(opening(element, 'pressures')).toHaveLength(7);
    await expect(opening(element, 'outcomes')).toEqual(['looked-after-children', 'under-18-conceptions', 'school-readiness']);
  },
};

/** The City of London: several figures withheld or not published, each row saying which and why. */
export const Suppressed: Story = {
  name: 'State: suppressed and missing values (City of London)',
  args: { area: 'E09000001' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'City of London');
    const children = element.shadowRoot!.querySelector<OatDomain>('oat-domain[domain="children-outcomes"]')!;
    const row = children.shadowRoot!.querySelector('[part~="row"][data-indicator="looked-after-children"]');
    await expect(row).toHaveAttribute('data-verdict', 'no-data');
    await expect(row).toHaveTextContent(/withheld this value \(marked “c”\)/);
  },
};

/** Fingertips could not be reached: the whole assessment shows the snapshot’s figures and verdicts, under one notice. */
export const LiveDataUnavailable: Story = {
  name: 'State: live data unavailable',
  args: { area: 'E06000009', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'live-unavailable' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Blackpool');
    await expect(notices(element)).toEqual([LIVE_UNAVAILABLE_NOTICE]);
    await expect(opening(element, 'pressures')).toHaveLength(12);
    await expect(opening(element, 'outcomes')).toHaveLength(6);
    await expect(opening(element, 'better-placed')).toEqual(['household-overcrowding', 'pupils-with-semh-needs']);
  },
};

// ── Themes ────────────────────────────────────────────────────────────────────────────────────

/** The whole assessment on a dark page. */
export const ThemeDark: Story = {
  name: 'Theme: dark',
  args: { area: 'E09000008' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'dark');
    await shownFor(canvasElement, 'Croydon');
  },
};

/** High contrast, from custom properties alone. */
export const ThemeHighContrast: Story = {
  name: 'Theme: high contrast',
  args: { area: 'E06000008' },
  globals: { theme: 'high-contrast' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'high-contrast');
    await shownFor(canvasElement, 'Blackburn with Darwen');
  },
};

/** A council's brand from the documented custom properties and parts only. */
export const ThemeCouncilBrand: Story = {
  name: 'Theme: council brand',
  args: { area: 'E06000009' },
  globals: { theme: 'council' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'council');
    const element = await shownFor(canvasElement, 'Blackpool');
    await expect(getComputedStyle(element.shadowRoot!.querySelector('[part~="title"]')!).fontFamily).toMatch(/^Georgia/);
  },
};

// ── Widths and print ──────────────────────────────────────────────────────────────────────────

/** On a 320 px phone: the model's boxes stack and every row fits. */
export const WidthPhone: Story = {
  name: 'Width: phone, 320 px',
  args: { area: 'E08000037' },
  globals: { page: 'phone' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'phone');
    const element = await shownFor(canvasElement, 'Gateshead');
    await expect(widthOf(element)).toBe(320);
    const base = element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    await expect(base.scrollWidth, 'nothing overflows').toBeLessThanOrEqual(base.clientWidth);
  },
};

/** In a 400 px CMS sidebar. */
export const WidthSidebar: Story = {
  name: 'Width: CMS sidebar, 400 px',
  args: { area: 'E06000059' },
  globals: { page: 'sidebar' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'sidebar');
    const element = await shownFor(canvasElement, 'Dorset');
    await expect(widthOf(element)).toBe(400);
  },
};

/** Full width, as the main content of a page. */
export const WidthFull: Story = {
  name: 'Width: full',
  args: { area: 'E08000021' },
  globals: { page: 'full' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'full');
    const element = await shownFor(canvasElement, 'Newcastle upon Tyne');
    await expect(widthOf(element)).toBeGreaterThan(400);
  },
};

/**
 * As printed on A4: the picker and the “Show as table” buttons go, and each row keeps to one page.
 * The frame is an A4 sheet and the elements' own print rules are applied on screen (stories/frames.ts);
 * for the browser's real print preview, open the story in a tab of its own and print it.
 */
export const Printed: Story = {
  name: 'Print layout (A4)',
  args: { area: 'E09000008' },
  globals: { page: 'print' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'print');
    const element = await shownFor(canvasElement, 'Croydon');
    await printLayout(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.querySelector('oat-area-picker')).not.toBeVisible());
    for (const domain of element.shadowRoot!.querySelectorAll<OatDomain>('oat-domain')) {
      await expect(domain.shadowRoot!.querySelector('[part~="toggle"]'), `no table button in ${domain.domain}`).not.toBeVisible();
    }
  },
};

// ── Data sources ──────────────────────────────────────────────────────────────────────────────

/**
 * Live figures through a recorded Fingertips reply (the snapshot’s own published figures, in Fingertips’
 * shape): the page says they are live, and each figure Fingertips publishes names it as its source.
 */
export const SourceFingertips: Story = {
  name: 'Source: Fingertips (recorded reply)',
  args: { area: 'E06000008', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'fingertips-recorded' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Blackburn with Darwen');
    await expect(collapse(element.shadowRoot!.querySelector('.data-date')?.textContent)).toBe(
      `Blackburn with Darwen compared with England on 27 indicators. ${FROM_FINGERTIPS}`,
    );
    await expect(notices(element)).toEqual([]);
    await expect(rowSource(element, 'children-outcomes', 'under-18-conceptions')).toBe(SOURCES.fingertips);
  },
};

/**
 * Copeland, one of the three former districts of Cumberland, from the council's CSV: the file gives
 * its Census 2021 figures for two indicators, each compared with England and with Cumberland. Both read
 * as better placed than England – fewer crowded homes (1.1% against 4.4%) and fewer lone-parent
 * households (6.4% against 6.9%) – and the opening says that nothing shows more pressure or children
 * faring worse, as the file has no other figures for Copeland.
 */
export const SourceCouncilCsv: Story = {
  name: 'Source: council CSV, a sub-area',
  args: { area: 'E07000029', source: '/council/cumberland-districts.csv' },
  argTypes: { source: { control: 'select', options: [...SOURCE_NAMES, '/council/cumberland-districts.csv'] } },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Copeland');
    await expect(opening(element, 'pressures')).toEqual([]);
    await expect(opening(element, 'outcomes')).toEqual([]);
    await expect(opening(element, 'better-placed')).toEqual(['household-overcrowding', 'lone-parent-households']);
    await expect(openingItem(element, 'better-placed', 'household-overcrowding').text).toBe(
      'Overcrowding: 1.1% (England 4.4%), Census 2021 – a significant difference (tested: 95% interval, Wilson)',
    );
  },
};

/** The council's JSON file adds an indicator of its own to the assessment. */
export const SourceCouncilCustomIndicator: Story = {
  name: 'Source: council JSON, a custom indicator',
  args: { area: 'E09000008', source: '/council/children-in-need-starts.json' },
  argTypes: { source: { control: 'select', options: [...SOURCE_NAMES, '/council/children-in-need-starts.json'] } },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Croydon');
    const domain = element.shadowRoot!.querySelector<OatDomain>('oat-domain[domain="individual-vulnerabilities"]')!;
    await expect(domain.shadowRoot!.querySelector('[part~="row"][data-indicator="children-in-need-starts"]')).toHaveTextContent('615.8 per 10,000');
  },
};
