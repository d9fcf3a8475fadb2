import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { SOURCE_NAMES } from '../src/sources/registry.js';
import '../components/oat-area-picker/define.js';
import type { OatAreaPicker } from '../components/oat-area-picker/oat-area-picker.js';
import { expectPart, inShadow, shown } from './support.js';

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
  render: (args) => html`<oat-area-picker
    value=${ifDefined(args.value || undefined)}
    label=${ifDefined(args.label || undefined)}
    source=${ifDefined(args.source || undefined)}
    @oat-area-change=${args.onOatAreaChange}
  ></oat-area-picker>`,
  args: { value: '', label: 'Choose an area', source: 'snapshot', onOatAreaChange: fn() },
  argTypes: {
    // Controls only: names, descriptions and types come from the manifest.
    value: { control: 'text' },
    label: { control: 'text' },
    source: { control: 'select', options: [...SOURCE_NAMES] },
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
