import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, waitFor, within } from 'storybook/test';
import { DOMAINS } from '../indicators/domains.js';
import { SOURCE_NAMES } from '../src/sources/registry.js';
import '../components/oat-assessment/define.js';
import type { OatAreaPicker } from '../components/oat-area-picker/oat-area-picker.js';
import type { OatAssessment } from '../components/oat-assessment/oat-assessment.js';
import type { OatDomain } from '../components/oat-domain/oat-domain.js';
import { printLayout } from './frames.js';
import { expectFrame, expectPart, inShadow, partText, rendered, shown, sourceFor, widthOf, AREA_CONTROL, SOURCE_CONTROL, HEADING_LEVEL_CONTROL } from './support.js';

/** The story's args are the element's attributes, under their attribute names, and its event. */
interface AssessmentArgs {
  area: string;
  source: string;
  'heading-level': number;
  /** Logged in the Actions panel when an area is chosen in the built-in picker. */
  onOatAreaChange: (event: Event) => void;
}

/** What one of the “stands out” lists names, e.g. `Overcrowding: 10.4% (England 4.4%)`. */
function standout(element: OatAssessment, verdict: 'worse' | 'better'): string[] {
  const group = element.shadowRoot!.querySelector<HTMLElement>(`[part~="standout"] [data-verdict="${verdict}"]`);
  if (!group) return [];
  return within(group)
    .queryAllByRole('listitem')
    .map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The assessment's built-in area picker, once it has its list of areas. */
async function pickerIn(element: OatAssessment): Promise<OatAreaPicker> {
  const picker = element.shadowRoot!.querySelector<OatAreaPicker>('oat-area-picker');
  await expect(picker, 'the assessment offers an area picker').not.toBeNull();
  await picker!.updateComplete;
  return picker!;
}

/** Checks the title, then waits for the four domains to show their rows. */
async function shownFor(canvasElement: HTMLElement, name: string, level = 2): Promise<OatAssessment> {
  const element = await shown<OatAssessment>(canvasElement, 'oat-assessment');
  await expect(inShadow(element).getByRole('heading', { level, name: `Opportunity assessment: ${name}` })).toBeVisible();
  const domains = [...element.shadowRoot!.querySelectorAll<OatDomain>('oat-domain')];
  await Promise.all(domains.map((domain) => domain.updateComplete));
  return element;
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
 * Croydon: the four domains in the model’s order, and where Croydon stands out – significantly worse
 * than England on overcrowding and adults’ life satisfaction, better on nothing.
 */
export const Croydon: Story = {
  args: { area: 'E09000008' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Croydon');
    await expectPart(element, 'title', 'Opportunity assessment: Croydon');
    const shadow = inShadow(element);
    await expect(shadow.getByRole('heading', { level: 3, name: 'Where Croydon stands out' })).toBeVisible();
    await expect(standout(element, 'worse')).toEqual(['Overcrowding: 10.4% (England 4.4%)', 'Life satisfaction: 6.97 out of 10 (England 7.44 out of 10)']);
    await expect(standout(element, 'better')).toEqual([]);
    await expect(shadow.getByText('No indicator is significantly better than England.')).toBeVisible();
    const picker = await pickerIn(element);
    await expect(picker).toHaveAttribute('value', 'E09000008');
    await expect(inShadow(picker).getByRole('combobox', { name: 'Choose an area' })).toHaveValue('Croydon');
    const domains = [...element.shadowRoot!.querySelectorAll<OatDomain>('oat-domain')];
    await expect(domains.map((domain) => domain.domain)).toEqual(DOMAINS.map((domain) => domain.id));
  },
};

/** Blackpool: more 16–17 year olds NEET or not known than England, and fewer crowded homes. */
export const Blackpool: Story = {
  args: { area: 'E06000009' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Blackpool');
    await expect(standout(element, 'worse')).toEqual(['NEET 16–17: 8.9% (England 5.6%)']);
    await expect(standout(element, 'better')).toEqual(['Overcrowding: 2.3% (England 4.4%)']);
  },
};

/** Dorset: significantly better than England on overcrowding, adults’ life satisfaction and NEET at 16–17. */
export const Dorset: Story = {
  args: { area: 'E06000059' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Dorset');
    await expect(standout(element, 'worse')).toEqual([]);
    await expect(standout(element, 'better')).toEqual([
      'Overcrowding: 1.7% (England 4.4%)',
      'Life satisfaction: 7.61 out of 10 (England 7.44 out of 10)',
      'NEET 16–17: 4.4% (England 5.6%)',
    ]);
  },
};

/** Blackburn with Darwen: homes significantly more crowded than England’s. */
export const BlackburnWithDarwen: Story = {
  name: 'Blackburn with Darwen',
  args: { area: 'E06000008' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Blackburn with Darwen');
    await expect(standout(element, 'worse')).toEqual(['Overcrowding: 6.3% (England 4.4%)']);
    await expect(standout(element, 'better')).toEqual([]);
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

/** Gateshead: nothing significantly worse than England; fewer crowded homes and fewer 16–17 year olds NEET. */
export const Gateshead: Story = {
  args: { area: 'E08000037' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Gateshead');
    await expect(standout(element, 'worse')).toEqual([]);
    await expect(standout(element, 'better')).toEqual(['Overcrowding: 2.3% (England 4.4%)', 'NEET 16–17: 4.9% (England 5.6%)']);
  },
};

/** Newcastle upon Tyne: more 16–17 year olds NEET or not known than England, and fewer crowded homes. */
export const NewcastleUponTyne: Story = {
  name: 'Newcastle upon Tyne',
  args: { area: 'E08000021' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Newcastle upon Tyne');
    await expect(standout(element, 'worse')).toEqual(['NEET 16–17: 7.9% (England 5.6%)']);
    await expect(standout(element, 'better')).toEqual(['Overcrowding: 3.3% (England 4.4%)']);
  },
};

/** `heading-level="1"`: the assessment is the page's main heading, its sections level 2 and its domains level 2. */
export const HeadingLevel: Story = {
  name: 'Heading level 1',
  args: { area: 'E06000059', 'heading-level': 1 },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Dorset', 1);
    await expect(inShadow(element).getByRole('heading', { level: 2, name: 'Where Dorset stands out' })).toBeVisible();
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

/** Fingertips could not be reached: the whole assessment shows the snapshot, under one notice. */
export const LiveDataUnavailable: Story = {
  name: 'State: live data unavailable',
  args: { area: 'E06000009', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'live-unavailable' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Blackpool');
    await expectPart(element, 'notice', 'Live data unavailable — showing figures from 1 December 2026. Fingertips could not be reached.');
    await expect(standout(element, 'better')).toEqual(['Overcrowding: 2.3% (England 4.4%)']);
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

/** Live figures through a recorded Fingertips reply; the page says where they came from. */
export const SourceFingertips: Story = {
  name: 'Source: Fingertips (recorded reply)',
  args: { area: 'E06000008', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'fingertips-recorded' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Blackburn with Darwen');
    await expect(element.shadowRoot!.querySelector('.data-date')).toHaveTextContent('Figures: OHID Fingertips (live), 1 December 2026.');
    await expect(partText(element, 'notice')).toBe('');
  },
};

/**
 * Copeland, one of the three former districts of Cumberland, from the council's CSV: the file gives
 * its Census 2021 figures for two indicators, each compared with England and with Cumberland.
 */
export const SourceCouncilCsv: Story = {
  name: 'Source: council CSV, a sub-area',
  args: { area: 'E07000029', source: '/council/cumberland-districts.csv' },
  argTypes: { source: { control: 'select', options: [...SOURCE_NAMES, '/council/cumberland-districts.csv'] } },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Copeland');
    await expect(standout(element, 'worse')).toEqual([]);
    await expect(standout(element, 'better')).toEqual(['Overcrowding: 1.1% (England 4.4%)']);
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
