import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { SOURCE_NAMES } from '../src/sources/registry.js';
import '../components/oat-provider/define.js';
import '../components/oat-area-picker/define.js';
import '../components/oat-indicator/define.js';
import type { OatAreaPicker } from '../components/oat-area-picker/oat-area-picker.js';
import type { OatIndicator } from '../components/oat-indicator/oat-indicator.js';
import type { OatProvider } from '../components/oat-provider/oat-provider.js';
import { expectPart, inShadow, shown } from './support.js';

/** The story's args are the provider's attributes, under their attribute names. */
interface ProviderArgs {
  area: string;
  source: string;
}

/** The indicators inside the provider, none with an area of its own. */
const SLUGS = ['children-in-need', 'looked-after-children', 'household-overcrowding', 'school-readiness'] as const;
type Slug = (typeof SLUGS)[number];

/** What each indicator shows for an area, from the embedded snapshot. */
const FIGURES: Record<'Croydon' | 'Blackpool' | 'Gateshead', Record<Slug, string>> = {
  Croydon: {
    'children-in-need': '493.6 per 10,000',
    'looked-after-children': '58 per 10,000',
    'household-overcrowding': '10.4%',
    'school-readiness': '70.4%',
  },
  Blackpool: {
    'children-in-need': '606.1 per 10,000',
    'looked-after-children': '184 per 10,000',
    'household-overcrowding': '2.3%',
    'school-readiness': '63.5%',
  },
  Gateshead: {
    'children-in-need': '389.0 per 10,000',
    'looked-after-children': '124 per 10,000',
    'household-overcrowding': '2.3%',
    'school-readiness': '66.4%',
  },
};

/** The provider and everything inside it, once each element has loaded what it shows. */
async function shownAll(canvasElement: HTMLElement) {
  const provider = await shown<OatProvider>(canvasElement, 'oat-provider');
  const picker = await shown<OatAreaPicker>(canvasElement, 'oat-area-picker');
  const indicators = [...provider.querySelectorAll<OatIndicator>('oat-indicator')];
  await Promise.all(indicators.map((indicator) => indicator.updateComplete));
  return { provider, picker, indicators };
}

/** Waits until every indicator shows its figure for `name`, and says so in its accessible name. */
async function expectFiguresFor(indicators: OatIndicator[], name: keyof typeof FIGURES): Promise<void> {
  for (const indicator of indicators) {
    const slug = indicator.indicator as Slug;
    await expectPart(indicator, 'value', FIGURES[name][slug]);
    await waitFor(() => expect(indicator.shadowRoot!.querySelector('[part~="base"]')).toHaveAttribute('aria-label', expect.stringMatching(new RegExp(`, ${name}$`))));
  }
}

const meta = {
  title: 'Elements/oat-provider',
  // Links the stories to the element's entry in custom-elements.json, which the docs tables come from.
  component: 'oat-provider',
  render: (args) => html`<oat-provider area=${ifDefined(args.area)} source=${ifDefined(args.source || undefined)}>
    <oat-area-picker label="Choose an area for every indicator"></oat-area-picker>
    ${SLUGS.map((slug) => html`<oat-indicator view="compact" indicator=${slug}></oat-indicator>`)}
  </oat-provider>`,
  args: { area: 'E09000008', source: 'snapshot' },
  argTypes: {
    // Controls only: names, descriptions and types come from the manifest.
    area: { control: 'text' },
    source: { control: 'select', options: [...SOURCE_NAMES] },
  },
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

/**
 * One picker drives every indicator: none has an area of its own, so each shows the provider's.
 * The provider listens for the picker's `oat-area-change` event and shares the chosen area, so
 * choosing Blackpool moves all four from Croydon’s figures to Blackpool’s.
 */
export const OnePickerManyIndicators: Story = {
  name: 'One picker, four indicators',
  args: { area: 'E09000008' },
  play: async ({ canvasElement, step }) => {
    const { provider, picker, indicators } = await shownAll(canvasElement);
    const input = inShadow(picker).getByRole('combobox', { name: 'Choose an area for every indicator' });
    await expect(indicators).toHaveLength(SLUGS.length);

    await step('Every indicator shows Croydon, the provider’s area', async () => {
      await expect(input).toHaveValue('Croydon');
      await expectFiguresFor(indicators, 'Croydon');
    });

    await step('Choose Blackpool with the keyboard', async () => {
      input.focus();
      (input as HTMLInputElement).select();
      await userEvent.keyboard('Blackpool');
      await waitFor(() => expect(inShadow(picker).getAllByRole('option').map((option) => option.textContent?.trim())).toEqual(['Blackpool']));
      await userEvent.keyboard('{ArrowDown}');
      await userEvent.keyboard('{Enter}');
    });

    await step('Every indicator now shows Blackpool', async () => {
      await waitFor(() => expect(provider).toHaveAttribute('area', 'E06000009'));
      await expect(input).toHaveValue('Blackpool');
      await expectFiguresFor(indicators, 'Blackpool');
    });
  },
};

/** The provider's `area` attribute sets the area for the picker and every indicator at once. */
export const Gateshead: Story = {
  args: { area: 'E08000037' },
  play: async ({ canvasElement }) => {
    const { picker, indicators } = await shownAll(canvasElement);
    await expect(inShadow(picker).getByRole('combobox', { name: 'Choose an area for every indicator' })).toHaveValue('Gateshead');
    await expectFiguresFor(indicators, 'Gateshead');
  },
};
