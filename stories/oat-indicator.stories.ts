import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { CATALOGUE } from '../indicators/catalogue.js';
import { SOURCE_NAMES } from '../src/sources/registry.js';
import '../components/oat-indicator/define.js';
import { INDICATOR_VIEWS, type IndicatorLayout, type OatIndicator } from '../components/oat-indicator/oat-indicator.js';
import { expectPart, inShadow, partText, shown } from './support.js';

/** The story's args are the element's attributes, under their attribute names. */
interface IndicatorArgs {
  indicator: string;
  area: string;
  view: IndicatorLayout;
  source: string;
  'heading-level': number;
}

const SLUGS = CATALOGUE.map((definition) => definition.slug);

const meta = {
  title: 'Elements/oat-indicator',
  // Links the stories to the element's entry in custom-elements.json, which the docs tables come from.
  component: 'oat-indicator',
  render: (args) => html`<oat-indicator
    indicator=${ifDefined(args.indicator)}
    area=${ifDefined(args.area)}
    view=${ifDefined(args.view)}
    source=${ifDefined(args.source || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
  ></oat-indicator>`,
  args: { indicator: 'children-in-need', area: 'E09000008', view: 'full', source: 'snapshot', 'heading-level': 3 },
  argTypes: {
    // Controls only: names, descriptions and types come from the manifest.
    indicator: { control: 'select', options: SLUGS },
    area: { control: 'text' },
    view: { control: 'select', options: [...INDICATOR_VIEWS] },
    source: { control: 'select', options: [...SOURCE_NAMES] },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
  },
} satisfies Meta<IndicatorArgs>;

export default meta;
type Story = StoryObj<IndicatorArgs>;

/** Croydon’s rate of children in need is well above England’s. */
export const CroydonChildrenInNeed: Story = {
  name: 'Croydon: children in need',
  args: { indicator: 'children-in-need', area: 'E09000008' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'Children in need' })).toBeVisible();
    await expectPart(element, 'value', '493.6 per 10,000');
    await expectPart(element, 'benchmark', '330.3 per 10,000');
    await expectPart(element, 'verdict', 'Significantly higher than England');
    await expect(partText(element, 'source')).toContain('Open Government Licence v3.0');
  },
};

/** Blackpool’s adults rate their life satisfaction much as England’s do: the intervals overlap. */
export const BlackpoolAdultLowWellbeing: Story = {
  name: 'Blackpool: adult wellbeing',
  args: { indicator: 'adult-low-wellbeing', area: 'E06000009' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'value', '7.49 out of 10');
    await expectPart(element, 'benchmark', '7.44 out of 10');
    await expectPart(element, 'verdict', 'Similar to England');
  },
};

/** Gateshead’s school readiness is lower than England’s, but no interval is published to test it. */
export const GatesheadSchoolReadiness: Story = {
  name: 'Gateshead: school readiness',
  args: { indicator: 'school-readiness', area: 'E08000037' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'value', '66.4%');
    await expectPart(element, 'benchmark', '68.3%');
    await expectPart(element, 'verdict', 'Lower than England (not tested)');
  },
};

/**
 * The compact view puts the same comparison on one line for a sidebar: the short title, Blackpool’s
 * rate, England’s and the verdict in a word, with no chart, toggle or About disclosure.
 */
export const BlackpoolLookedAfterCompact: Story = {
  name: 'Blackpool: looked-after children, compact',
  args: { indicator: 'looked-after-children', area: 'E06000009', view: 'compact' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    const shadow = inShadow(element);
    await expect(shadow.getByRole('heading', { level: 3, name: 'Looked after' })).toBeVisible();
    await expectPart(element, 'value', '184 per 10,000');
    await expectPart(element, 'benchmark', '67 per 10,000');
    // The word on screen is the short form; the full sentence is there for screen readers.
    await expect(shadow.getByText('Higher', { exact: true })).toBeVisible();
    await expect(shadow.getByText('Significantly higher than England')).toBeInTheDocument();
    for (const part of ['chart', 'toggle', 'about', 'source']) {
      await expect(element.shadowRoot!.querySelector(`[part~="${part}"]`), `no ${part} in the compact view`).toBeNull();
    }
  },
};

/** An indicator the snapshot holds no figures for says so, and why. */
export const NoSnapshotData: Story = {
  name: 'State: no snapshot data',
  args: { indicator: 'family-homelessness', area: 'E09000008' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'verdict', /^No data: No published figure for every upper-tier authority/);
  },
};

/** A misspelt indicator name is explained, with the closest real one suggested. */
export const UnknownIndicator: Story = {
  name: 'State: unknown indicator',
  args: { indicator: 'children-in-ned', area: 'E09000008' },
  // Storybook drops a select's value that is not among its options, so offer the misspelling too.
  argTypes: { indicator: { control: 'select', options: [...SLUGS, 'children-in-ned'] } },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'status', 'There is no indicator called “children-in-ned”. Did you mean “children-in-need”?');
  },
};

/** An area name typed where its ONS code belongs is explained, with the code suggested. */
export const MalformedArea: Story = {
  name: 'State: malformed area',
  args: { indicator: 'children-in-need', area: 'Croydn' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'status', /“Croydn” is not an area code.*Did you mean Croydon \(E09000008\)\?/);
  },
};
