import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../components/oat-assessment/define.js';
import type { OatAssessment } from '../components/oat-assessment/oat-assessment.js';
import { expectFrame, shown } from './support.js';
import { printLayout } from './frames.js';
import { BLACKPOOL_NOTES, notesInMemory } from './story-notes.js';

interface PrintPackArgs {
  area: string;
}

/**
 * The print pack: `<oat-assessment>` as it prints on A4 for a director. Page 1 is the summary – the
 * opportunity map beside the paragraph for a paper and the figures it cites, the opportunities as one
 * compact table, then the team's notes; the domains follow, one to a page, then the model at a glance
 * and the sources. Controls are not printed. The frame is an A4 sheet and the elements' own print rules
 * are applied on screen (stories/frames.ts); for the real thing open a story in a tab of its own and
 * print it (or save it as PDF). `test/node/print-pack.test.ts` prints it to PDF and checks every page.
 */
const meta = {
  title: 'Print pack/oat-assessment on A4',
  component: 'oat-assessment',
  render: (args, context) => html`<oat-assessment
    area=${args.area}
    .noteStorage=${notesInMemory(args.area, (context.parameters.notes as Record<string, string> | undefined) ?? {})}
  ></oat-assessment>`,
  args: { area: 'E06000009' },
  globals: { page: 'print' },
} satisfies Meta<PrintPackArgs>;

export default meta;
type Story = StoryObj<PrintPackArgs>;

/** Waits for the assessment and everything in it, then takes the print layout. */
async function printed(canvasElement: HTMLElement): Promise<OatAssessment> {
  await expectFrame(canvasElement, 'default', 'print');
  const element = await shown<OatAssessment>(canvasElement, 'oat-assessment');
  await customElements.whenDefined('oat-so-what');
  await customElements.whenDefined('oat-map');
  await printLayout(canvasElement);
  return element;
}

const part = (element: OatAssessment, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector)!;
const inside = (element: OatAssessment, tag: string) => element.shadowRoot!.querySelector(tag)!.shadowRoot!;

/** Blackpool: page 1 leads with the opportunities – 12 of 14 pressures, 6 of 7 outcomes – with the map and the paragraph. */
export const Blackpool: Story = {
  play: async ({ canvasElement }) => {
    const element = await printed(canvasElement);
    await waitFor(() => expect(part(element, '.standout-table')).toBeVisible());
    await expect(part(element, '.standout-groups')).not.toBeVisible();
    await expect(part(element, '[part~="actions"]')).not.toBeVisible();
    await expect(part(element, 'oat-area-picker')).not.toBeVisible();
    await expect(inside(element, 'oat-so-what').querySelector('.paragraph')).toBeVisible();
    await expect(inside(element, 'oat-so-what').querySelector('.paragraph')!.textContent).toContain('on 12 of the 14 measures');
    await expect(inside(element, 'oat-map').querySelector('svg.map')).toBeVisible();
    await expect(inside(element, 'oat-map').querySelector('[part="summary"]')).not.toBeVisible();
  },
};

/** Wokingham: the summary page reads as well placed, and the empty groups say so. */
export const Wokingham: Story = {
  args: { area: 'E06000041' },
  play: async ({ canvasElement }) => {
    const element = await printed(canvasElement);
    await waitFor(() => expect(part(element, '.standout-table')).toBeVisible());
    await expect(part(element, '.standout-table').textContent).toContain('None of the measures shows more pressure on Wokingham’s families than England’s.');
  },
};

/** With a team's notes: each written note prints in place of its box – the questions' on page 1, a row's under its row. */
export const WithNotes: Story = {
  name: 'Blackpool with notes',
  parameters: { notes: BLACKPOOL_NOTES },
  play: async ({ canvasElement }) => {
    const element = await printed(canvasElement);
    const soWhat = inside(element, 'oat-so-what');
    await waitFor(() => expect(soWhat.querySelector('[data-question="fit"] .note-print')).toBeVisible());
    await expect(soWhat.querySelector('[data-question="fit"] .note-print')!.textContent).toBe(BLACKPOOL_NOTES['question:fit']);
    await expect(soWhat.querySelector('[data-question="fit"] textarea')).not.toBeVisible();
    const domain = [...element.shadowRoot!.querySelectorAll('oat-domain')].find((d) => d.getAttribute('domain') === 'individual-vulnerabilities')!;
    await expect(domain.shadowRoot!.querySelector('[part="row-note"]')).toHaveTextContent(BLACKPOOL_NOTES['indicator:children-in-need']!);
  },
};
