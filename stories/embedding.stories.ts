import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { expect, waitFor } from 'storybook/test';
import '../components/oat-indicator/define.js';
import { defaultSource } from '../src/sources/registry.js';
import { FRAME_HEIGHTS, type EmbedOptions } from '../embed/embed-options.js';
import { showSummary } from '../embed/embed-summary.js';
import { frameTitle, hostScriptSnippet, iframeSnippet, scriptSnippet } from '../embed/snippets.js';
import { loadStaticFigures, staticTableHtml } from '../embed/static-table.js';
import { AREA_CONTROL } from './support.js';

/**
 * What `dist/embed.html` and `dist/builder.html` give a web editor, drawn here from the same code: the
 * summary an iframe shows in a small frame, the snippets the builder writes, and the plain table of
 * figures a script snippet can carry for readers whose browser or CMS blocks scripts. Open
 * `builder.html` from the folder you uploaded to make real snippets; the guide *Add the assessment to
 * your website* and `docs/troubleshooting.md` say which snippet your CMS lets through.
 */
interface EmbeddingArgs {
  area: string;
}

const meta = {
  title: 'Embedding/Iframe page and snippet builder',
  args: { area: 'E09000008' },
  argTypes: { area: AREA_CONTROL },
  parameters: { docs: { description: { component: 'The iframe page and the snippet builder of `dist/`, drawn from the same code as live examples.' } } },
} satisfies Meta<EmbeddingArgs>;

export default meta;
type Story = StoryObj<EmbeddingArgs>;

const FOLDER = { folder: 'https://www.example.gov.uk/media/oat/' };

/**
 * `embed.html?view=summary`: the area's biggest pressures and the children's outcomes that fare worst,
 * each with England's figure and period, the sources, and a link to the whole assessment – made to fit a
 * frame of 730 px with no script on the host page.
 */
export const Summary: Story = {
  render: (args) =>
    html`<div ${ref((node) => node && void showSummary(node as HTMLElement, defaultSource(), args.area, `embed.html?view=assessment&area=${args.area}`))}></div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.textContent).toContain('See the full assessment for Croydon'));
    await expect(canvasElement.textContent).toContain('Children in need: 493.6 per 10,000; England 330.3 per 10,000 (2024/25)');
    await expect(canvasElement.textContent).toContain('Figures: Embedded snapshot');
  },
};

/** The snippets the builder writes for one indicator: the iframe (no script needed), the optional host script and the script snippet. */
export const Snippets: Story = {
  render: (args) => {
    const options: EmbedOptions & { view: 'indicator' } = { view: 'indicator', indicator: 'children-in-need', area: args.area, theme: 'default' };
    return html`<h2>Iframe snippet</h2>
      <pre tabindex="0"><code>${iframeSnippet(options, FOLDER, frameTitle(options, 'Croydon'))}</code></pre>
      <p>Its height, ${FRAME_HEIGHTS.indicator} px, was measured to fit the tallest indicator at 375 and 1280 px.</p>
      <h2>Optional host script</h2>
      <pre tabindex="0"><code>${hostScriptSnippet(FOLDER)}</code></pre>
      <h2>Script snippet, and what it shows</h2>
      <pre tabindex="0"><code>${scriptSnippet(options, FOLDER)}</code></pre>
      <oat-indicator indicator="children-in-need" area=${args.area}></oat-indicator>`;
  },
  play: async ({ canvasElement }) => {
    const code = [...canvasElement.querySelectorAll('code')].map((element) => element.textContent ?? '');
    await expect(code[0]).toContain('embed.html?view=indicator&amp;area=E09000008&amp;indicator=children-in-need');
    await expect(code[0]).not.toContain('<script');
    await expect(code[2]).toContain('<oat-indicator area="E09000008" indicator="children-in-need"></oat-indicator>');
  },
};

/**
 * The plain table a script snippet can carry inside its element, as a reader whose browser or CMS blocks
 * scripts sees it: the figures as of the snapshot's date, each with its period, England's figure, the
 * verdict and its source and licence. Where the script runs, the element replaces it.
 */
export const TableWithoutJavaScript: Story = {
  render: (args) =>
    html`<div
      ${ref((node) => {
        if (!node) return;
        void loadStaticFigures({ view: 'domain', domain: 'children-outcomes', area: args.area, theme: 'default' }, defaultSource()).then((figures) => {
          // The builder's own HTML, every text in it escaped by staticTableHtml, read into an inert document first.
          const parsed = new DOMParser().parseFromString(staticTableHtml(figures), 'text/html');
          (node as HTMLElement).replaceChildren(...parsed.body.childNodes);
        });
      })}
    ></div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('table caption')?.textContent).toContain('Croydon compared with England: 10 indicators'));
    await expect(canvasElement.querySelectorAll('tbody tr')).toHaveLength(10);
  },
};
