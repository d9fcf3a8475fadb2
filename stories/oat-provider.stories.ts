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
import { expectFrame, expectPart, inShadow, rendered, shown, sourceFor, AREA_CONTROL, SOURCE_CONTROL } from './support.js';
import { LIVE_UNAVAILABLE_NOTICE } from './shown-texts.js';

/** The story's args are the provider's attributes, under their attribute names. */
interface ProviderArgs {
  area: string;
  source: string;
}

/** The indicators inside the provider, none with an area of its own. */
const SLUGS = ['children-in-need', 'looked-after-children', 'household-overcrowding', 'school-readiness'] as const;
type Slug = (typeof SLUGS)[number];

/** What each indicator shows for an area, from the embedded snapshot. */
const FIGURES: Record<'Croydon' | 'Blackpool' | 'Gateshead' | 'Dorset', Record<Slug, string>> = {
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
  Dorset: {
    'children-in-need': '324.2 per 10,000',
    'looked-after-children': '65 per 10,000',
    'household-overcrowding': '1.7%',
    'school-readiness': '69.7%',
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
    await waitFor(() =>
      expect(indicator.shadowRoot!.querySelector('[part~="base"]')).toHaveAttribute('aria-label', expect.stringMatching(new RegExp(`, ${name}$`))),
    );
  }
}

const meta = {
  title: 'Elements/oat-provider',
  // Links the stories to the element's entry in custom-elements.json, which the docs tables come from.
  component: 'oat-provider',
  // A story that needs a source no attribute can name sets `parameters.dataSource` (stories/story-sources.ts).
  render: (args, context) => html`<oat-provider area=${ifDefined(args.area)} source=${ifDefined(args.source || undefined)} .dataSource=${sourceFor(context)}>
    <oat-area-picker label="Choose an area for every indicator"></oat-area-picker>
    ${SLUGS.map((slug) => html`<oat-indicator view="compact" indicator=${slug}></oat-indicator>`)}
  </oat-provider>`,
  args: { area: 'E09000008', source: 'snapshot' },
  argTypes: {
    // Controls only: names, descriptions and types come from the manifest.
    area: AREA_CONTROL,
    source: SOURCE_CONTROL,
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
      await waitFor(() =>
        expect(
          inShadow(picker)
            .getAllByRole('option')
            .map((option) => option.textContent?.trim()),
        ).toEqual(['Blackpool']),
      );
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

/** Every indicator inside waits for the provider's source: each shows its own loading state. */
export const Loading: Story = {
  name: 'State: loading',
  args: { area: 'E06000009', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'loading' },
  play: async ({ canvasElement }) => {
    const indicator = await rendered<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(indicator, 'status', 'Loading children-in-need…');
    const picker = await rendered<OatAreaPicker>(canvasElement, 'oat-area-picker');
    await expectPart(picker, 'status', 'Loading areas…');
  },
};

/** A provider's source that fails: every element inside says so in its own box. */
export const LoadingError: Story = {
  name: 'State: error',
  args: { area: 'E06000009', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'missing-file' },
  play: async ({ canvasElement }) => {
    const { indicators } = await shownAll(canvasElement);
    for (const indicator of indicators) {
      await expectPart(indicator, 'status', /^our-figures-2026\.csv could not be loaded: the server answered 404 Not Found\./);
    }
  },
};

/** The live source through the provider when Fingertips cannot be reached: each indicator shows the snapshot's figure and says so. */
export const LiveDataUnavailable: Story = {
  name: 'State: live data unavailable',
  args: { area: 'E06000009', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'live-unavailable' },
  play: async ({ canvasElement }) => {
    const { indicators } = await shownAll(canvasElement);
    await expectFiguresFor(indicators, 'Blackpool');
    await expectPart(indicators[0]!, 'notice', LIVE_UNAVAILABLE_NOTICE);
  },
};

/** An area the data does not hold: each indicator suggests the closest code, and the picker offers every area. */
export const UnknownArea: Story = {
  name: 'State: unknown area',
  args: { area: 'E06000099' },
  play: async ({ canvasElement }) => {
    const { picker, indicators } = await shownAll(canvasElement);
    for (const indicator of indicators) {
      await expectPart(indicator, 'status', 'There is no area with the code E06000099 in the data. Did you mean Blackpool (E06000009)?');
    }
    await expect(inShadow(picker).getByRole('combobox', { name: 'Choose an area for every indicator' })).toHaveValue('');
  },
};

/** One source for every element: a recorded Fingertips reply, answering all four in one request. */
export const SourceFingertips: Story = {
  name: 'Source: Fingertips (recorded reply)',
  args: { area: 'E06000059', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'fingertips-recorded' },
  play: async ({ canvasElement }) => {
    const { picker, indicators } = await shownAll(canvasElement);
    await expect(inShadow(picker).getByRole('combobox', { name: 'Choose an area for every indicator' })).toHaveValue('Dorset');
    await expectFiguresFor(indicators, 'Dorset');
  },
};

/** A council's CSV as the provider's source: every indicator shows Allerdale, a former district of Cumberland. */
export const SourceCouncilCsv: Story = {
  name: 'Source: council CSV, a sub-area',
  args: { area: 'E07000026', source: '/council/cumberland-districts.csv' },
  argTypes: { source: { control: 'select', options: [...SOURCE_NAMES, '/council/cumberland-districts.csv'] } },
  play: async ({ canvasElement }) => {
    const { indicators } = await shownAll(canvasElement);
    const overcrowding = indicators.find((indicator) => indicator.indicator === 'household-overcrowding')!;
    await expectPart(overcrowding, 'value', '1.1%');
  },
};

/** The provider in the dark theme, in a 400 px sidebar: the compact indicators fit. */
export const ThemeDarkSidebar: Story = {
  name: 'Theme: dark, in a 400 px sidebar',
  args: { area: 'E08000021' },
  globals: { theme: 'dark', page: 'sidebar' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'dark', 'sidebar');
    const { indicators } = await shownAll(canvasElement);
    await expectPart(indicators[0]!, 'value', '484.6 per 10,000');
  },
};
