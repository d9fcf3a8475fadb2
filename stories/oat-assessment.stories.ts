import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, within } from 'storybook/test';
import { DOMAINS } from '../indicators/domains.js';
import { SOURCE_NAMES } from '../src/sources/registry.js';
import '../components/oat-assessment/define.js';
import type { OatAreaPicker } from '../components/oat-area-picker/oat-area-picker.js';
import type { OatAssessment } from '../components/oat-assessment/oat-assessment.js';
import type { OatDomain } from '../components/oat-domain/oat-domain.js';
import { expectPart, inShadow, shown } from './support.js';

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
async function shownFor(canvasElement: HTMLElement, name: string): Promise<OatAssessment> {
  const element = await shown<OatAssessment>(canvasElement, 'oat-assessment');
  await expect(inShadow(element).getByRole('heading', { level: 2, name: `Opportunity assessment: ${name}` })).toBeVisible();
  const domains = [...element.shadowRoot!.querySelectorAll<OatDomain>('oat-domain')];
  await Promise.all(domains.map((domain) => domain.updateComplete));
  return element;
}

const meta = {
  title: 'Elements/oat-assessment',
  // Links the stories to the element's entry in custom-elements.json, which the docs tables come from.
  component: 'oat-assessment',
  render: (args) => html`<oat-assessment
    area=${ifDefined(args.area)}
    source=${ifDefined(args.source || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    @oat-area-change=${args.onOatAreaChange}
  ></oat-assessment>`,
  args: { area: 'E09000008', source: 'snapshot', 'heading-level': 2, onOatAreaChange: fn() },
  argTypes: {
    // Controls only: names, descriptions and types come from the manifest.
    area: { control: 'text' },
    source: { control: 'select', options: [...SOURCE_NAMES] },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
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

/** Blackpool: nothing significantly worse than England, and fewer crowded homes. */
export const Blackpool: Story = {
  args: { area: 'E06000009' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Blackpool');
    await expect(standout(element, 'worse')).toEqual([]);
    await expect(standout(element, 'better')).toEqual(['Overcrowding: 2.3% (England 4.4%)']);
  },
};

/** Dorset: significantly better than England on overcrowding and adults’ life satisfaction. */
export const Dorset: Story = {
  args: { area: 'E06000059' },
  play: async ({ canvasElement }) => {
    const element = await shownFor(canvasElement, 'Dorset');
    await expect(standout(element, 'worse')).toEqual([]);
    await expect(standout(element, 'better')).toEqual(['Overcrowding: 1.7% (England 4.4%)', 'Life satisfaction: 7.61 out of 10 (England 7.44 out of 10)']);
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
