import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { DOMAINS } from '../indicators/domains.js';
import { SOURCE_NAMES } from '../src/sources/registry.js';
import '../components/oat-domain/define.js';
import type { OatDomain } from '../components/oat-domain/oat-domain.js';
import { expectPart, inShadow, shown } from './support.js';

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

/** The figure in a row's area column. */
function valueIn(element: OatDomain, slug: string): string {
  const cell = element.shadowRoot!.querySelector(`[part~="row"][data-indicator="${slug}"] .value`);
  return (cell?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const meta = {
  title: 'Elements/oat-domain',
  // Links the stories to the element's entry in custom-elements.json, which the docs tables come from.
  component: 'oat-domain',
  render: (args) => html`<oat-domain
    domain=${ifDefined(args.domain)}
    area=${ifDefined(args.area)}
    source=${ifDefined(args.source || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
  ></oat-domain>`,
  args: { domain: 'stressful-circumstances', area: 'E09000008', source: 'snapshot', 'heading-level': 3 },
  argTypes: {
    // Controls only: names, descriptions and types come from the manifest.
    domain: { control: 'select', options: DOMAIN_IDS },
    area: { control: 'text' },
    source: { control: 'select', options: [...SOURCE_NAMES] },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
  },
} satisfies Meta<DomainArgs>;

export default meta;
type Story = StoryObj<DomainArgs>;

/** Croydon’s homes are far more crowded than England’s; two of the four indicators have no snapshot figures. */
export const CroydonStressfulCircumstances: Story = {
  name: 'Croydon: stressful circumstances',
  args: { domain: 'stressful-circumstances', area: 'E09000008' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'Stressful circumstances' })).toBeVisible();
    await expectPart(element, 'summary', 'Croydon: 1 of 4 significantly worse than England; 1 not tested; 2 with no data.');
    await expect(rows(element)).toEqual([
      ['families-out-of-work', 'no-data'],
      ['family-homelessness', 'no-data'],
      ['children-in-low-income-families', 'not-compared'],
      ['household-overcrowding', 'worse'],
    ]);
    await expect(valueIn(element, 'household-overcrowding')).toBe('10.4%');
  },
};

/** Blackpool is higher than England on most vulnerabilities, where neither direction is judged better. */
export const BlackpoolIndividualVulnerabilities: Story = {
  name: 'Blackpool: individual vulnerabilities',
  args: { domain: 'individual-vulnerabilities', area: 'E06000009' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'Individual and family vulnerabilities' })).toBeVisible();
    await expectPart(
      element,
      'summary',
      'Blackpool: 0 of 9 significantly worse than England; 7 higher where neither is judged better; 1 similar; 1 not tested.',
    );
    await expect(rows(element)).toHaveLength(9);
    await expect(valueIn(element, 'children-in-need')).toBe('606.1 per 10,000');
    // Every chart has a text equivalent naming the area, its interval and England.
    const chart = element.shadowRoot!.querySelector('[data-indicator="children-in-need"] svg[role="img"]');
    await expect(chart?.getAttribute('aria-label')).toMatch(/^Blackpool: 606\.1 per 10,000 \(95% confidence interval .* England: 330\.3 per 10,000\./);
  },
};

/** Gateshead’s family relationships: two higher than England, domestic abuse similar, one with no data. */
export const GatesheadFamilyRelationships: Story = {
  name: 'Gateshead: family relationships',
  args: { domain: 'family-relationships', area: 'E08000037' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatDomain>(canvasElement, 'oat-domain');
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'Family relationships and dynamics' })).toBeVisible();
    await expectPart(
      element,
      'summary',
      'Gateshead: 0 of 4 significantly worse than England; 2 higher where neither is judged better; 1 similar; 1 with no data.',
    );
    await expect(rows(element)).toEqual([
      ['relationship-breakdown', 'higher'],
      ['domestic-abuse', 'similar'],
      ['lone-parent-households', 'higher'],
      ['births-outside-marriage', 'no-data'],
    ]);
    await expect(valueIn(element, 'domestic-abuse')).toBe('127.2 per 10,000');
  },
};

/**
 * Newcastle upon Tyne’s children’s outcomes, with the title at level 2 to fit a page where the
 * domain is a main section.
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
      'Newcastle upon Tyne: 0 of 10 significantly worse than England; 1 higher where neither is judged better; 1 similar; 5 not tested; 3 with no data.',
    );
    await expect(rows(element)).toHaveLength(10);
    await expect(valueIn(element, 'looked-after-children')).toBe('107 per 10,000');
    await expect(valueIn(element, 'school-readiness')).toBe('66.4%');
  },
};

/**
 * “Show as table” swaps the charts for the figures behind them: the confidence interval and the
 * spread of councils, in columns with headers.
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
      'Lowest',
      '25th percentile',
      '75th percentile',
      'Highest',
    ]);
    await expect(charts()).toHaveLength(0);
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
