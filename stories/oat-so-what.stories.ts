import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../components/oat-so-what/define.js';
import type { OatSoWhat } from '../components/oat-so-what/oat-so-what.js';
import { AREA_CONTROL, HEADING_LEVEL_CONTROL, inShadow, shown } from './support.js';
import { BLACKPOOL_NOTES, BLACKPOOL_NOTES_FILE, notesInMemory } from './story-notes.js';

/** The story's args are the element's attributes, under their attribute names. */
interface SoWhatArgs {
  area: string;
  notes: 'on' | 'off';
  'heading-level': number;
}

const meta = {
  title: 'Elements/oat-so-what',
  component: 'oat-so-what',
  // Notes are kept in memory for each story (`parameters.notes` seeds them), never in the browser's storage.
  render: (args, context) => html`<oat-so-what
    area=${ifDefined(args.area)}
    notes=${ifDefined(args.notes)}
    heading-level=${ifDefined(args['heading-level'])}
    .noteStorage=${notesInMemory(args.area, (context.parameters.notes as Record<string, string> | undefined) ?? {})}
  ></oat-so-what>`,
  args: { area: 'E06000009', notes: 'on', 'heading-level': 2 },
  argTypes: {
    area: AREA_CONTROL,
    notes: { control: 'inline-radio', options: ['on', 'off'] },
    'heading-level': HEADING_LEVEL_CONTROL,
  },
} satisfies Meta<SoWhatArgs>;

export default meta;
type Story = StoryObj<SoWhatArgs>;

const paragraph = (element: OatSoWhat) => (element.shadowRoot!.querySelector('.paragraph')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const noteBox = (element: OatSoWhat, question: string) => element.shadowRoot!.querySelector<HTMLTextAreaElement>(`[data-question="${question}"] textarea`)!;

/**
 * Blackpool, one of the tool's own pilot areas: its families face more pressure than England's on 12 of
 * the 14 measures with figures. The four questions are asked of those figures, each with what a pilot
 * council did, and the paragraph for a paper cites every figure with its period, method and source.
 */
export const Blackpool: Story = {
  play: async ({ canvasElement }) => {
    const element = await shown<OatSoWhat>(canvasElement, 'oat-so-what');
    const shadow = inShadow(element);
    await expect(shadow.getByRole('heading', { level: 2, name: 'So what? From Blackpool’s figures to a case for change' })).toBeVisible();
    await expect(paragraph(element)).toContain(
      'Blackpool’s families face more pressure than England’s on 12 of the 14 measures of pressure on families with figures',
    );
    await expect(shadow.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent?.trim())).toEqual([
      'For a paper or briefing',
      '1. How does this picture fit with what practitioners see and what your own service data say?',
      '2. Which groups of families might be at greater risk of relationship difficulties?',
      '3. Do your services already meet these families, and could every contact with them become a conversation about relationships?',
      '4. Could local figures show where in the area the pressure is highest?',
    ]);
    await expect(shadow.getByText(/OnePlusOne and Innovation Unit/)).toBeVisible();
  },
};

/** Wokingham is better placed than England on nearly everything, and the section says so rather than raising an alarm. */
export const Wokingham: Story = {
  args: { area: 'E06000041' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatSoWhat>(canvasElement, 'oat-so-what');
    await expect(paragraph(element)).toContain('Wokingham is better placed than England overall');
    await expect(paragraph(element)).toContain('more pressure than England’s on none of the 14 measures');
  },
};

/** Notes: empty boxes, with where the notes are kept (this browser only, never sent anywhere) said on the page. */
export const NotesEmpty: Story = {
  name: 'Notes: empty',
  play: async ({ canvasElement }) => {
    const element = await shown<OatSoWhat>(canvasElement, 'oat-so-what');
    const shadow = inShadow(element);
    await expect(shadow.getAllByRole('textbox')).toHaveLength(4);
    for (const box of shadow.getAllByRole('textbox')) await expect(box).toHaveValue('');
    await expect(shadow.getByText(/never sent anywhere/)).toBeVisible();
    await expect(shadow.getByRole('button', { name: 'Export notes' })).toBeVisible();
    await expect(shadow.getByRole('button', { name: 'Import notes' })).toBeVisible();
  },
};

/** Notes: a team's notes on each question, as kept in the browser from an earlier visit. */
export const NotesFilled: Story = {
  name: 'Notes: filled',
  parameters: { notes: BLACKPOOL_NOTES },
  play: async ({ canvasElement }) => {
    const element = await shown<OatSoWhat>(canvasElement, 'oat-so-what');
    await expect(noteBox(element, 'fit')).toHaveValue(BLACKPOOL_NOTES['question:fit']);
    await expect(noteBox(element, 'where')).toHaveValue(BLACKPOOL_NOTES['question:where']);
  },
};

/** Notes: a team's notes file read in with “Import notes”; the page says how many notes it read. */
export const NotesImported: Story = {
  name: 'Notes: imported from a file',
  play: async ({ canvasElement }) => {
    const element = await shown<OatSoWhat>(canvasElement, 'oat-so-what');
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([BLACKPOOL_NOTES_FILE], 'blackpool-team-notes.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitFor(() => expect(noteBox(element, 'fit')).toHaveValue('From the team file: fits the early help caseload.'));
    await expect(noteBox(element, 'where')).toHaveValue('From the team file: ask public health for ward figures.');
    await expect(inShadow(element).getByText(/^2 notes read from blackpool-team-notes\.json \(saved 30 November 2026\)/)).toBeVisible();
  },
};

/** Notes: a file for another area is refused with a message, and the notes are left as they were. */
export const NotesRefused: Story = {
  name: 'Notes: a file for another area refused',
  parameters: { notes: BLACKPOOL_NOTES },
  play: async ({ canvasElement }) => {
    const element = await shown<OatSoWhat>(canvasElement, 'oat-so-what');
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([BLACKPOOL_NOTES_FILE.replace('E06000009', 'E09000008').replace('"Blackpool"', '"Croydon"')], 'croydon.json'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitFor(() => expect(inShadow(element).getByText(/^croydon\.json was not read: its notes are for Croydon/)).toBeVisible());
    await expect(noteBox(element, 'fit')).toHaveValue(BLACKPOOL_NOTES['question:fit']);
  },
};

/** Notes switched off with `notes="off"`: the questions and the paragraph alone. */
export const NotesOff: Story = {
  name: 'Notes: off',
  args: { notes: 'off' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatSoWhat>(canvasElement, 'oat-so-what');
    await expect(inShadow(element).queryAllByRole('textbox')).toHaveLength(0);
    await expect(inShadow(element).queryByRole('button', { name: 'Export notes' })).toBeNull();
  },
};
