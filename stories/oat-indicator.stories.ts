// Long because each story is one documented state of <oat-indicator>; they run as tests, so every
// state, option and data source has its own.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { CATALOGUE } from '../src/catalogue/catalogue.js';
import { SOURCE_NAMES } from '../src/sources/registry.js';
import '../components/oat-indicator/define.js';
import { INDICATOR_VIEWS, type IndicatorLayout, type OatIndicator } from '../components/oat-indicator/oat-indicator.js';
import {
  expectFrame,
  expectPart,
  inShadow,
  letLiveFiguresArrive,
  partText,
  rendered,
  shown,
  sourceFor,
  widthOf,
  AREA_CONTROL,
  SOURCE_CONTROL,
  HEADING_LEVEL_CONTROL,
} from './support.js';
import { FILE_NOT_FOUND_NOTICE, FROM_FINGERTIPS, FROM_SNAPSHOT, LIVE_LOADING_NOTICE, LIVE_UNAVAILABLE_NOTICE, SNAPSHOT_DATE, SOURCES } from './shown-texts.js';

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
  // A story that needs a source no attribute can name (one that never answers, say) sets
  // `parameters.dataSource`; it goes to the element's `dataSource` property.
  render: (args, context) => html`<oat-indicator
    indicator=${ifDefined(args.indicator)}
    area=${ifDefined(args.area)}
    view=${ifDefined(args.view)}
    source=${ifDefined(args.source || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    .dataSource=${sourceFor(context)}
  ></oat-indicator>`,
  args: { indicator: 'children-in-need', area: 'E09000008', view: 'full', source: 'snapshot', 'heading-level': 3 },
  argTypes: {
    // Controls only: names, descriptions and types come from the manifest.
    indicator: { control: 'select', options: SLUGS },
    area: AREA_CONTROL,
    view: { control: 'select', options: [...INDICATOR_VIEWS] },
    source: SOURCE_CONTROL,
    'heading-level': HEADING_LEVEL_CONTROL,
  },
} satisfies Meta<IndicatorArgs>;

export default meta;
type Story = StoryObj<IndicatorArgs>;

/**
 * Croydon’s rate of children in need, 493.6 per 10,000, is well above England’s 330.3: more of
 * Croydon’s families are under this pressure. Under the verdict the card says how it was reached – the
 * count gives a 95% interval (Byar’s method) that leaves England’s rate outside – and the source line
 * names the figure’s publisher and dataset (the Department for Education’s Local authority interactive
 * tool, LAIT), its licence and the snapshot it was shown from.
 */
export const CroydonChildrenInNeed: Story = {
  name: 'Croydon: children in need',
  args: { indicator: 'children-in-need', area: 'E09000008' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'Children in need' })).toBeVisible();
    await expectPart(element, 'value', '493.6 per 10,000');
    await expectPart(element, 'benchmark', '330.3 per 10,000');
    await expectPart(element, 'verdict', 'More pressure than England');
    await expectPart(
      element,
      'judged',
      'Tested against a 95% confidence interval by Byar’s method: England’s value lies outside it, so the difference is significant.',
    );
    await expectPart(element, 'source', `Source: ${SOURCES.laitChildrenInNeed}. ${FROM_SNAPSHOT}`);
  },
};

/**
 * Blackpool’s adults rate their life satisfaction much as England’s do (7.49 and 7.44 out of 10):
 * England’s score lies inside the 95% interval the Office for National Statistics publishes for
 * Blackpool, so the verdict is “Similar to England”.
 */
export const BlackpoolAdultLowWellbeing: Story = {
  name: 'Blackpool: adult wellbeing',
  args: { indicator: 'adult-low-wellbeing', area: 'E06000009' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'value', '7.49 out of 10');
    await expectPart(element, 'benchmark', '7.44 out of 10');
    await expectPart(element, 'verdict', 'Similar to England');
    await expectPart(
      element,
      'judged',
      'Tested against the publisher’s 95% confidence interval: England’s value lies inside it, so the difference is not significant.',
    );
  },
};

/**
 * Fewer of Gateshead’s children reach a good level of development by the end of reception (66.4%)
 * than England’s (68.3%). No count is published to test the gap, so the verdict is Gateshead’s
 * position among councils – 42nd of 153, among the two fifths where children fare worst – and the card
 * says plainly that this is a position, not a significance test.
 */
export const GatesheadSchoolReadiness: Story = {
  name: 'Gateshead: school readiness',
  args: { indicator: 'school-readiness', area: 'E08000037' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'value', '66.4%');
    await expectPart(element, 'benchmark', '68.3%');
    await expectPart(element, 'verdict', 'Among the two fifths of councils where children fare worst');
    await expectPart(
      element,
      'judged',
      'By position among 153 councils (42nd, counting from the worst outcome), not by a significance test: no count is published to test the difference.',
    );
  },
};

/**
 * The compact view puts the same comparison on one line for a sidebar: the short title, Blackpool’s
 * rate of looked-after children (184 per 10,000, the highest of any council), England’s 67 and the
 * verdict in a word – “Worse” – with no chart, toggle or About disclosure. Screen readers hear the
 * whole verdict, “Worse than England”.
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
    await expect(shadow.getByText('Worse', { exact: true })).toBeVisible();
    await expect(shadow.getByText('Worse than England')).toBeInTheDocument();
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
    await expectPart(element, 'verdict', /^No data: No published figure for every upper-tier council/);
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

// ── More Local Family Offer pilot areas ───────────────────────────────────────────────────────

/**
 * Dorset looks after children at much the same rate as England (65 and 67 per 10,000): England’s rate
 * lies inside Dorset’s 95% interval, so the verdict is “Similar to England”.
 */
export const DorsetLookedAfter: Story = {
  name: 'Dorset: looked-after children',
  args: { indicator: 'looked-after-children', area: 'E06000059' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'value', '65 per 10,000');
    await expectPart(element, 'benchmark', '67 per 10,000');
    await expectPart(element, 'verdict', 'Similar to England');
    await expectPart(element, 'judged', /^Tested against a 95% confidence interval by Byar’s method: England’s value lies inside it/);
  },
};

/**
 * Newcastle upon Tyne has 484.6 children in need per 10,000 against England’s 330.3: more pressure on
 * its families than England’s, and a difference too large to be the play of chance.
 */
export const NewcastleChildrenInNeed: Story = {
  name: 'Newcastle upon Tyne: children in need',
  args: { indicator: 'children-in-need', area: 'E08000021' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'value', '484.6 per 10,000');
    await expectPart(element, 'benchmark', '330.3 per 10,000');
    await expectPart(element, 'verdict', 'More pressure than England');
    await expectPart(element, 'judged', /England’s value lies outside it, so the difference is significant\.$/);
  },
};

/**
 * Blackburn with Darwen’s 16–17 year olds not in education, employment or training (or whose activity
 * is not known): 5.1% against England’s 5.6%. The Department for Education publishes the percentage
 * but not the count behind it, so the count is worked out from the published percentage and the number
 * of 16–17 year olds, and the card says so. A 95% interval from that count (the Wilson score method)
 * holds England’s 5.6%: the difference is not significant, and the verdict is “Similar to England”.
 */
export const BlackburnWithDarwenNeet: Story = {
  name: 'Blackburn with Darwen: NEET at 16–17',
  args: { indicator: 'neet-16-17', area: 'E06000008' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'value', '5.1%');
    await expectPart(element, 'benchmark', '5.6%');
    await expectPart(element, 'verdict', 'Similar to England');
    await expectPart(
      element,
      'judged',
      'Tested against a 95% confidence interval by the Wilson score method from a count derived from published figures: England’s value lies inside it, so the difference is not significant.',
    );
  },
};

// ── Options ───────────────────────────────────────────────────────────────────────────────────

/** `view="full"`, the default: the card with the verdict and how it was reached, the spine chart, the period, About and the source. */
export const ViewFull: Story = {
  name: 'View: full',
  args: { indicator: 'adult-low-wellbeing', area: 'E08000037', view: 'full' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'value', '7.35 out of 10');
    for (const part of ['judged', 'chart', 'toggle', 'about', 'source']) {
      await expect(element.shadowRoot!.querySelector(`[part~="${part}"]`), `the full view has its ${part}`).not.toBeNull();
    }
  },
};

/** `view="compact"`: one line with the short title, the two figures and the verdict in a word. */
export const ViewCompact: Story = {
  name: 'View: compact',
  args: { indicator: 'adult-low-wellbeing', area: 'E08000037', view: 'compact' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'value', '7.35 out of 10');
    await expect(element.shadowRoot!.querySelector('[part~="chart"]'), 'no chart in the compact view').toBeNull();
  },
};

/** `heading-level="2"` makes the title a level-2 heading, for a page where the indicator is a main section. */
export const HeadingLevel: Story = {
  name: 'Heading level 2',
  args: { indicator: 'children-in-need', area: 'E06000059', 'heading-level': 2 },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expect(inShadow(element).getByRole('heading', { level: 2, name: 'Children in need' })).toBeVisible();
  },
};

/** “Show as table” replaces the chart with the figures behind it; pressing again brings the chart back. */
export const ShowAsTable: Story = {
  name: 'Gateshead: chart shown as a table',
  args: { indicator: 'adult-low-wellbeing', area: 'E08000037' },
  play: async ({ canvasElement, step }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    const shadow = inShadow(element);
    const toggle = shadow.getByRole('button', { name: 'Show as table' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(shadow.queryByRole('table')).toBeNull();

    await step('Press “Show as table”', async () => {
      await userEvent.click(toggle);
    });
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    const table = shadow.getByRole('table');
    await expect(table).toBeVisible();
    await expect(table).toHaveTextContent('7.35 out of 10');
    await expect(table).toHaveTextContent('7.44 out of 10');

    await step('Press it again: the chart is back', async () => {
      await userEvent.click(toggle);
    });
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'false'));
    await expect(shadow.queryByRole('table')).toBeNull();
  },
};

// ── States ────────────────────────────────────────────────────────────────────────────────────

/** While the figures are on their way: a skeleton of the card, busy for assistive technology. */
export const Loading: Story = {
  name: 'State: loading',
  args: { indicator: 'children-in-need', area: 'E09000008', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'loading' },
  play: async ({ canvasElement }) => {
    const element = await rendered<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'status', 'Loading children-in-need…');
    await expect(element.shadowRoot!.querySelector('[part~="base"]')).toHaveAttribute('aria-busy', 'true');
  },
};

/** The council's file is not where the page says (the server answers 404): the error says so and what to do. */
export const LoadingError: Story = {
  name: 'State: error',
  args: { indicator: 'children-in-need', area: 'E09000008', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'missing-file' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'This indicator could not be shown' })).toBeVisible();
    await expectPart(element, 'status', /^our-figures-2026\.csv could not be loaded: the server answered 404 Not Found\./);
  },
};

/** The snapshot has no 2022/23 life-satisfaction figure for Cumberland, created in 2023: the element says why. */
export const NoData: Story = {
  name: 'State: no data (boundary change)',
  args: { indicator: 'adult-low-wellbeing', area: 'E06000063' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'verdict', /^No data: The latest figures \(2022\/23\) are from before Cumberland council was created\./);
  },
};

/** DfE withheld the City of London’s looked-after children figure (“c”): the element says it was withheld, and why. */
export const Suppressed: Story = {
  name: 'State: suppressed value',
  args: { indicator: 'looked-after-children', area: 'E09000001' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'verdict', /^No data: The Department for Education withheld this value \(marked “c”\)/);
    await expectPart(element, 'benchmark', '67 per 10,000');
  },
};

/**
 * Live figures were asked for but Fingertips could not be reached: the snapshot’s figures are shown,
 * and a notice says so and from when.
 */
export const LiveDataUnavailable: Story = {
  name: 'State: live data unavailable',
  args: { indicator: 'looked-after-children', area: 'E06000009', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'live-unavailable' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'notice', LIVE_UNAVAILABLE_NOTICE);
    await expectPart(element, 'value', '184 per 10,000');
  },
};

/**
 * Live figures were asked for, and Fingertips is slow to answer, as it is on a cold start. Gateshead’s
 * under-18 conception rate is shown at once from the embedded snapshot – 17.4 per 1,000 against
 * England’s 13.9, its source the Department for Education’s LAIT – under a notice that live figures are
 * still loading. When Fingertips’ reply arrives (here a recorded reply, held back until the play lets it
 * through, or for 8 seconds) the card takes it in place without going blank: the notice goes, and the
 * source line names Fingertips. The recorded reply holds the snapshot’s own published figures, so the
 * numbers stay the same and only their source changes.
 */
export const LiveFiguresArrive: Story = {
  name: 'State: live figures arrive after the snapshot’s',
  args: { indicator: 'under-18-conceptions', area: 'E08000037', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'fingertips-slow' },
  play: async ({ canvasElement, step }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'notice', LIVE_LOADING_NOTICE);
    await expectPart(element, 'value', '17.4 per 1,000');
    await expectPart(element, 'benchmark', '13.9 per 1,000');
    await expectPart(element, 'source', `Source: ${SOURCES.laitConceptions}. ${FROM_SNAPSHOT}`);

    await step('Fingertips’ reply arrives', async () => {
      letLiveFiguresArrive(element);
    });
    await expectPart(element, 'source', `Source: ${SOURCES.fingertips}. ${FROM_FINGERTIPS}`);
    await expect(element.shadowRoot!.querySelector('[part~="notice"]'), 'no notice once the live figures are in').toBeNull();
    await expectPart(element, 'value', '17.4 per 1,000');
    await expectPart(element, 'verdict', 'Among the two fifths of councils where children fare worst');
  },
};

/**
 * The council’s own file is not where the page says (the server answers 404), but the embedded
 * snapshot is there: the card shows the snapshot’s figure for Croydon’s children in need (493.6 per
 * 10,000), under a notice naming the file and what went wrong, and the source line names the
 * snapshot – never “Your data”.
 */
export const CouncilFileUnavailable: Story = {
  name: 'State: council file could not be loaded',
  args: { indicator: 'children-in-need', area: 'E09000008', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'council-file-unavailable' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'notice', FILE_NOT_FOUND_NOTICE);
    await expectPart(element, 'value', '493.6 per 10,000');
    await expectPart(element, 'verdict', 'More pressure than England');
    await expectPart(element, 'source', `Source: ${SOURCES.laitChildrenInNeed}. ${FROM_SNAPSHOT}`);
  },
};

/** A council file on another website, which the page has not allowed. */
const FILE_ELSEWHERE = 'https://data.example.org/our-figures-2026.csv';

/**
 * The page names a council file on another website (`https://data.example.org/…`) without allowing
 * that website, so the page does not read it: the card shows the embedded snapshot’s figures, and the
 * notice says why the file was not loaded and how the site can allow it if it trusts that website.
 */
export const CouncilFileElsewhere: Story = {
  name: 'State: council file on another website',
  args: { indicator: 'children-in-need', area: 'E09000008', source: FILE_ELSEWHERE },
  argTypes: { source: { control: 'select', options: [...SOURCE_NAMES, FILE_ELSEWHERE] } },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    const elsewhere = new URL(FILE_ELSEWHERE).origin;
    await expectPart(
      element,
      'notice',
      `our-figures-2026.csv was not loaded: it is on another website (${elsewhere}), and this page reads data only from its own website (${location.origin}). ` +
        `If the site trusts ${elsewhere}, it can allow it with allowed-origins="${elsewhere}" on the element or provider, or configure({ allowedOrigins: ['${elsewhere}'] }) in the page’s own script. ` +
        `The figures shown are the embedded snapshot’s, of ${SNAPSHOT_DATE}.`,
    );
    await expectPart(element, 'value', '493.6 per 10,000');
    await expectPart(element, 'source', `Source: ${SOURCES.laitChildrenInNeed}. ${FROM_SNAPSHOT}`);
  },
};

/** An area code that is well formed but not in the data: the closest real one is suggested. */
export const UnknownArea: Story = {
  name: 'State: unknown area',
  args: { indicator: 'children-in-need', area: 'E09000088' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'status', 'There is no area with the code E09000088 in the data. Did you mean Croydon (E09000008)?');
  },
};

/** A retired code – Cumbria County Council's, abolished in 2023 – is explained, naming the councils that replaced it. */
export const RetiredArea: Story = {
  name: 'State: retired area code',
  args: { indicator: 'children-in-need', area: 'E10000006' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'status', /Cumberland \(E06000063\).*Westmorland and Furness \(E06000064\)/);
  },
};

/**
 * A council file with three spoiled rows (a misspelt indicator, a sub-area without its authority, a
 * value that is not a number): the good rows still show, and the problems are listed under the figures.
 */
export const ProblemsInFile: Story = {
  name: 'State: problems in the council’s file',
  args: { indicator: 'lone-parent-households', area: 'E07000026', source: '/council/cumberland-with-mistakes.csv' },
  argTypes: { source: { control: 'select', options: [...SOURCE_NAMES, '/council/cumberland-with-mistakes.csv'] } },
  play: async ({ canvasElement, step }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'value', '6.2%');
    const summary = inShadow(element).getByText('3 problems in the data');
    await step('Open the list of problems', async () => {
      await userEvent.click(summary);
    });
    const list = element.shadowRoot!.querySelector('[part~="warnings"] ul')!;
    await waitFor(() => expect(list).toBeVisible());
    await expect(list.querySelectorAll('li')).toHaveLength(3);
  },
};

// ── Themes ────────────────────────────────────────────────────────────────────────────────────

/** On a dark page: the text follows the page; the verdict colours are set lighter with custom properties. */
export const ThemeDark: Story = {
  name: 'Theme: dark',
  args: { indicator: 'children-in-need', area: 'E09000008' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'dark');
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'value', '493.6 per 10,000');
    await expect(getComputedStyle(element).color).toBe('rgb(236, 238, 242)');
  },
};

/** High contrast: black on white with strong borders, from custom properties alone. Croydon’s homes are more crowded than England’s. */
export const ThemeHighContrast: Story = {
  name: 'Theme: high contrast',
  args: { indicator: 'household-overcrowding', area: 'E09000008' },
  globals: { theme: 'high-contrast' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'high-contrast');
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'verdict', 'More pressure than England');
    await expect(getComputedStyle(element.shadowRoot!.querySelector('[part~="base"]')!).borderTopColor).toBe('rgb(0, 0, 0)');
  },
};

/**
 * A council's brand, made only with the documented `--oat-*` custom properties and `::part`s: the
 * council's colours, square corners, roomier spacing and a serif title (see the Theme toolbar's CSS in
 * stories/frames.ts). Fewer of Blackpool’s homes are overcrowded than England’s: less pressure.
 */
export const ThemeCouncilBrand: Story = {
  name: 'Theme: council brand',
  args: { indicator: 'household-overcrowding', area: 'E06000009' },
  globals: { theme: 'council' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'council');
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'verdict', 'Less pressure than England');
    const title = element.shadowRoot!.querySelector('[part~="title"]')!;
    await expect(getComputedStyle(title).fontFamily).toMatch(/^Georgia/);
    await expect(getComputedStyle(element.shadowRoot!.querySelector('[part~="base"]')!).borderTopLeftRadius).toBe('0px');
  },
};

// ── Widths ────────────────────────────────────────────────────────────────────────────────────

/** On a 320 px phone screen the figures wrap and the chart narrows; nothing is cut off. */
export const WidthPhone: Story = {
  name: 'Width: phone, 320 px',
  args: { indicator: 'school-readiness', area: 'E06000008' },
  globals: { page: 'phone' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'phone');
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expect(widthOf(element)).toBe(320);
    const base = element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    await expect(base.scrollWidth, 'nothing overflows the card').toBeLessThanOrEqual(base.clientWidth);
  },
};

/** In a 400 px CMS sidebar, the compact view fits the figures and the verdict on one line each. */
export const WidthSidebar: Story = {
  name: 'Width: CMS sidebar, 400 px',
  args: { indicator: 'children-in-need', area: 'E08000037', view: 'compact' },
  globals: { page: 'sidebar' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'sidebar');
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expect(widthOf(element)).toBe(400);
    await expectPart(element, 'value', '389.0 per 10,000');
  },
};

/** Full width, as in the main column of a page. */
export const WidthFull: Story = {
  name: 'Width: full',
  args: { indicator: 'children-in-need', area: 'E08000037' },
  globals: { page: 'full' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'full');
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expect(widthOf(element)).toBeGreaterThan(400);
  },
};

// ── Data sources ──────────────────────────────────────────────────────────────────────────────

/** `source="snapshot"`, the default: the embedded snapshot, named with its build date in the source line. */
export const SourceSnapshot: Story = {
  name: 'Source: embedded snapshot',
  args: { indicator: 'under-18-conceptions', area: 'E08000037', source: 'snapshot' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'value', '17.4 per 1,000');
    await expect(partText(element, 'source')).toContain(FROM_SNAPSHOT);
  },
};

/**
 * The live Fingertips source, answered by a recorded reply in Fingertips’ own shape (built from the
 * snapshot’s figures, so the numbers are the published ones, dated the day the snapshot was built).
 * The source line names the figure’s publisher as Fingertips gives it – the Office for Health
 * Improvement and Disparities’ public health profiles – and says the figures are live.
 */
export const SourceFingertips: Story = {
  name: 'Source: Fingertips (recorded reply)',
  args: { indicator: 'under-18-conceptions', area: 'E08000037', source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'fingertips-recorded' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'value', '17.4 per 1,000');
    await expectPart(element, 'benchmark', '13.9 per 1,000');
    await expectPart(element, 'source', `Source: ${SOURCES.fingertips}. ${FROM_FINGERTIPS}`);
    await expect(element.shadowRoot!.querySelector('[part~="notice"]'), 'no fallback notice').toBeNull();
  },
};

/**
 * A council's own CSV (`source="/council/cumberland-districts.csv"`) with figures for the three former
 * districts of Cumberland: Allerdale is shown against England and against Cumberland. Its 6.2% of
 * households with a lone parent is below England’s 6.9% – less pressure than England, tested with the
 * count and households the file gives – and close to Cumberland’s 6.3%. The source line names the council’s file.
 */
export const SourceCouncilCsv: Story = {
  name: 'Source: council CSV, a sub-area',
  args: { indicator: 'lone-parent-households', area: 'E07000026', source: '/council/cumberland-districts.csv' },
  argTypes: { source: { control: 'select', options: [...SOURCE_NAMES, '/council/cumberland-districts.csv'] } },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'value', '6.2%');
    await expectPart(element, 'benchmark', '6.9%');
    await expectPart(element, 'parent', '6.3%');
    await expectPart(element, 'verdict', 'Less pressure than England');
    await expectPart(element, 'judged', /^Tested against a 95% confidence interval by the Wilson score method: England’s value lies outside it/);
    await expectPart(element, 'parent-status', 'Similar to Cumberland');
    await expect(partText(element, 'source')).toContain('Figures: Your data (cumberland-districts.csv)');
  },
};

/**
 * A council file that brings its own England figure, for a period nothing is published for yet:
 * Croydon’s and England’s children in need in 2025/26. The file’s England figure is used to compare
 * with, because nothing published covers 2025/26 – but under it the card says it is “the council’s own
 * figure, from england-later.csv”, and the source line names the council’s file, with no licence
 * stated. The figures in this file are made up: it is one of the hostile test files
 * (test/fixtures/council/hostile/README.md), shown here to prove that a file’s figure can never pass
 * as England’s published one.
 */
export const SourceCouncilOwnEngland: Story = {
  name: 'Source: council CSV, England’s figure its own',
  args: { indicator: 'children-in-need', area: 'E09000008', source: '/council/hostile/england-later.csv' },
  argTypes: { source: { control: 'select', options: [...SOURCE_NAMES, '/council/hostile/england-later.csv'] } },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expectPart(element, 'value', '510.2 per 10,000');
    await expectPart(element, 'benchmark', '333.0 per 10,000');
    await expectPart(element, 'benchmark-source', 'the council’s own figure, from england-later.csv');
    await expectPart(element, 'verdict', 'More pressure than England');
    await expectPart(
      element,
      'source',
      /^Source: The council’s own figure \(england-later\.csv\) · no licence stated\. Figures: Your data \(england-later\.csv\), \d{1,2} \w+ \d{4}\.$/,
    );
    await expect(inShadow(element).getByText('Provisional: March 2026 return')).toBeVisible();
  },
};

/**
 * A council's own JSON file with an indicator of its own – children starting a period of need
 * (DfE table B1) – shown for Croydon against England like any other.
 */
export const SourceCouncilCustomIndicator: Story = {
  name: 'Source: council JSON, a custom indicator',
  args: { indicator: 'children-in-need-starts', area: 'E09000008', source: '/council/children-in-need-starts.json' },
  argTypes: {
    source: { control: 'select', options: [...SOURCE_NAMES, '/council/children-in-need-starts.json'] },
    indicator: { control: 'select', options: [...SLUGS, 'children-in-need-starts'] },
  },
  play: async ({ canvasElement }) => {
    const element = await shown<OatIndicator>(canvasElement, 'oat-indicator');
    await expect(inShadow(element).getByRole('heading', { level: 3, name: 'Children starting a period of need' })).toBeVisible();
    await expectPart(element, 'value', '615.8 per 10,000');
    await expectPart(element, 'benchmark', '325.8 per 10,000');
  },
};
