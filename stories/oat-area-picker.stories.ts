import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../components/oat-area-picker/define.js';
import type { OatAreaPicker } from '../components/oat-area-picker/oat-area-picker.js';
import { expectFrame, expectPart, inShadow, rendered, shown, sourceFor, widthOf, SOURCE_CONTROL } from './support.js';

/** The story's args are the element's attributes, under their attribute names, and its event. */
interface AreaPickerArgs {
  value: string;
  label: string;
  source: string;
  /** Logged in the Actions panel when the reader chooses an area. */
  onOatAreaChange: (event: Event) => void;
}

/** The picker's text box, found as a reader finds it: a combobox named by its label. */
function textBox(element: OatAreaPicker, label = 'Choose an area'): HTMLInputElement {
  return inShadow(element).getByRole('combobox', { name: label }) as HTMLInputElement;
}

/** The names of the options on screen. */
function optionNames(element: OatAreaPicker): string[] {
  return inShadow(element)
    .queryAllByRole('option')
    .map((option) => (option.textContent ?? '').replace(/\s+/g, ' ').trim());
}

const meta = {
  title: 'Elements/oat-area-picker',
  // Links the stories to the element's entry in custom-elements.json, which the docs tables come from.
  component: 'oat-area-picker',
  // A story that needs a source no attribute can name sets `parameters.dataSource` (stories/story-sources.ts).
  render: (args, context) => html`<oat-area-picker
    value=${ifDefined(args.value || undefined)}
    label=${ifDefined(args.label || undefined)}
    source=${ifDefined(args.source || undefined)}
    .dataSource=${sourceFor(context)}
    @oat-area-change=${args.onOatAreaChange}
  ></oat-area-picker>`,
  args: { value: '', label: 'Choose an area', source: 'snapshot', onOatAreaChange: fn() },
  argTypes: {
    // Controls only: names, descriptions and types come from the manifest.
    value: { control: 'text' },
    label: { control: 'text' },
    source: SOURCE_CONTROL,
  },
} satisfies Meta<AreaPickerArgs>;

export default meta;
type Story = StoryObj<AreaPickerArgs>;

/** With no value the text box is empty and the list closed until the reader types or presses Down. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const element = await shown<OatAreaPicker>(canvasElement, 'oat-area-picker');
    const input = textBox(element);
    await expect(input).toHaveValue('');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await expect(inShadow(element).getByRole('button', { name: 'Show all areas' })).toBeInTheDocument();
    await expect(optionNames(element)).toEqual([]);
  },
};

/** A chosen area, given by its ONS code, shows by name; the label can be set to fit the page. */
export const WithValue: Story = {
  name: 'With a value: Blackpool',
  args: { value: 'E06000009', label: 'Your council' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatAreaPicker>(canvasElement, 'oat-area-picker');
    await expect(textBox(element, 'Your council')).toHaveValue('Blackpool');
    await expectPart(element, 'label', 'Your council');
  },
};

/**
 * The keyboard alone: typing “tyne” narrows the list to the three Tyneside councils, Down makes the
 * first active and Enter chooses it. The picker tells the page once, with the area's code and name.
 */
export const ChooseWithKeyboard: Story = {
  name: 'Choosing with the keyboard',
  play: async ({ args, canvasElement, step }) => {
    const element = await shown<OatAreaPicker>(canvasElement, 'oat-area-picker');
    const input = textBox(element);

    await step('Type “tyne”', async () => {
      input.focus();
      await expect(element.shadowRoot!.activeElement).toBe(input);
      await userEvent.keyboard('tyne');
      await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'true'));
      await expect(input).toHaveValue('tyne');
      await expect(optionNames(element)).toEqual(['Newcastle upon Tyne', 'North Tyneside', 'South Tyneside']);
      await expectPart(element, 'status', '3 areas match');
      await expect(input).not.toHaveAttribute('aria-activedescendant');
    });

    await step('Press Down: the first match becomes active', async () => {
      await userEvent.keyboard('{ArrowDown}');
      await waitFor(() => expect(inShadow(element).getByRole('option', { selected: true })).toHaveTextContent('Newcastle upon Tyne'));
      await expect(input).toHaveAttribute('aria-activedescendant', 'option-E08000021');
    });

    await step('Press Enter: Newcastle upon Tyne is chosen', async () => {
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'false'));
    });

    await expect(args.onOatAreaChange).toHaveBeenCalledTimes(1);
    await expect(args.onOatAreaChange).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'oat-area-change', detail: { code: 'E08000021', name: 'Newcastle upon Tyne' } }),
    );
    await expect(input).toHaveValue('Newcastle upon Tyne');
    await expect(element).toHaveAttribute('value', 'E08000021');
    await expect(element.shadowRoot!.activeElement, 'focus stays in the text box').toBe(input);
  },
};

/**
 * The pointer: “Show all areas” opens the whole list, grouped by region, and a click chooses
 * Blackburn with Darwen.
 */
export const ChooseWithPointer: Story = {
  name: 'Choosing with the pointer',
  play: async ({ args, canvasElement, step }) => {
    const element = await shown<OatAreaPicker>(canvasElement, 'oat-area-picker');
    const shadow = inShadow(element);

    await step('Press “Show all areas”', async () => {
      await userEvent.click(shadow.getByRole('button', { name: 'Show all areas' }));
      await waitFor(() => expect(textBox(element)).toHaveAttribute('aria-expanded', 'true'));
      await expect(optionNames(element)).toHaveLength(153);
      await expect(shadow.getByRole('group', { name: 'North West' })).toBeInTheDocument();
    });

    await step('Click Blackburn with Darwen', async () => {
      await userEvent.click(shadow.getByRole('option', { name: 'Blackburn with Darwen' }));
      await waitFor(() => expect(textBox(element)).toHaveAttribute('aria-expanded', 'false'));
    });

    await expect(args.onOatAreaChange).toHaveBeenCalledWith(expect.objectContaining({ detail: { code: 'E06000008', name: 'Blackburn with Darwen' } }));
    await expect(textBox(element)).toHaveValue('Blackburn with Darwen');
  },
};

/** Typing something no council is called says so, in words a screen reader announces. */
export const NoMatch: Story = {
  name: 'No area matches',
  play: async ({ canvasElement }) => {
    const element = await shown<OatAreaPicker>(canvasElement, 'oat-area-picker');
    textBox(element).focus();
    await userEvent.keyboard('Dorsett');
    await expectPart(element, 'status', 'No areas match “Dorsett”');
    await expect(optionNames(element)).toEqual([]);
  },
};

/** The Local Family Offer pilot Dorset, chosen by the page. */
export const WithValueDorset: Story = {
  name: 'With a value: Dorset',
  args: { value: 'E06000059' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatAreaPicker>(canvasElement, 'oat-area-picker');
    await expect(textBox(element)).toHaveValue('Dorset');
  },
};

// ── States ────────────────────────────────────────────────────────────────────────────────────

/** While the list of areas is on its way. */
export const Loading: Story = {
  name: 'State: loading',
  args: { source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'loading' },
  play: async ({ canvasElement }) => {
    const element = await rendered<OatAreaPicker>(canvasElement, 'oat-area-picker');
    await expectPart(element, 'status', 'Loading areas…');
  },
};

/** The list of areas could not be loaded (the council's file is missing): the picker says so. */
export const LoadingError: Story = {
  name: 'State: error',
  args: { source: '' },
  argTypes: { source: { control: false } },
  parameters: { dataSource: 'missing-file' },
  play: async ({ canvasElement }) => {
    const element = await shown<OatAreaPicker>(canvasElement, 'oat-area-picker');
    await expectPart(element, 'status', /^our-figures-2026\.csv could not be loaded: the server answered 404 Not Found\./);
  },
};

// ── Themes and widths ─────────────────────────────────────────────────────────────────────────

/** On a dark page, with the list open. */
export const ThemeDark: Story = {
  name: 'Theme: dark',
  args: { value: 'E08000021' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'dark');
    const element = await shown<OatAreaPicker>(canvasElement, 'oat-area-picker');
    await expect(textBox(element)).toHaveValue('Newcastle upon Tyne');
    await userEvent.click(inShadow(element).getByRole('button', { name: 'Show all areas' }));
    await waitFor(() => expect(textBox(element)).toHaveAttribute('aria-expanded', 'true'));
  },
};

/** High contrast, from custom properties alone. */
export const ThemeHighContrast: Story = {
  name: 'Theme: high contrast',
  args: { value: 'E08000037' },
  globals: { theme: 'high-contrast' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'high-contrast');
    const element = await shown<OatAreaPicker>(canvasElement, 'oat-area-picker');
    await expect(textBox(element)).toHaveValue('Gateshead');
  },
};

/** A council's brand from the documented custom properties and parts only. */
export const ThemeCouncilBrand: Story = {
  name: 'Theme: council brand',
  args: { value: 'E09000008', label: 'Find your council' },
  globals: { theme: 'council' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'council');
    const element = await shown<OatAreaPicker>(canvasElement, 'oat-area-picker');
    await expect(textBox(element, 'Find your council')).toHaveValue('Croydon');
  },
};

/** On a 320 px phone, with the list open: it stays within the screen. */
export const WidthPhone: Story = {
  name: 'Width: phone, 320 px',
  globals: { page: 'phone' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'phone');
    const element = await shown<OatAreaPicker>(canvasElement, 'oat-area-picker');
    await expect(widthOf(element)).toBe(320);
    textBox(element).focus();
    await userEvent.keyboard('black');
    await waitFor(() => expect(optionNames(element)).toEqual(['Blackburn with Darwen', 'Blackpool']));
    const listbox = inShadow(element).getByRole('listbox');
    await expect(widthOf(listbox)).toBeLessThanOrEqual(320);
  },
};

/** In a 400 px CMS sidebar. */
export const WidthSidebar: Story = {
  name: 'Width: CMS sidebar, 400 px',
  args: { value: 'E06000009' },
  globals: { page: 'sidebar' },
  play: async ({ canvasElement }) => {
    await expectFrame(canvasElement, 'default', 'sidebar');
    const element = await shown<OatAreaPicker>(canvasElement, 'oat-area-picker');
    await expect(widthOf(element)).toBe(400);
  },
};

/** Shows the code of the area chosen in the picker beside it. */
function showCode(event: Event): void {
  const { code, name } = (event as CustomEvent<{ code: string; name: string }>).detail;
  const output = (event.currentTarget as Element).parentElement?.querySelector('output');
  if (output) output.textContent = `${name}: ${code}`;
}

/**
 * For page editors: choose a council and its ONS code appears beside the picker, ready to copy into
 * an element's `area` attribute. Used by the guide “Add the assessment to your website”.
 */
export const FindYourCode: Story = {
  name: 'Find your area code',
  render: (args) => html`<div>
    <oat-area-picker label="Your council" @oat-area-change=${(event: Event) => {
      showCode(event);
      args.onOatAreaChange(event);
    }}></oat-area-picker>
    <p>ONS code: <output aria-live="polite">choose a council above</output></p>
  </div>`,
  play: async ({ canvasElement }) => {
    const element = await shown<OatAreaPicker>(canvasElement, 'oat-area-picker');
    const input = textBox(element, 'Your council');
    input.focus();
    await userEvent.keyboard('gates');
    await waitFor(() => expect(optionNames(element)).toEqual(['Gateshead']));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(canvasElement.querySelector('output')).toHaveTextContent('Gateshead: E08000037'));
  },
};
