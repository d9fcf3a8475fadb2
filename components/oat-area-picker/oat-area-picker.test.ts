// Long because the picker is a combobox: typing, suggestions, keyboard, pointer, narrow screens and
// retired councils each need their own cases.
import { aTimeout, expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import './define.js';
import { OatAreaPicker, type AreaChangeDetail } from './oat-area-picker.js';
import { SourceError } from '../../src/sources/errors.js';
import { partText, settled, watchErrors } from '../../test/browser/helpers.js';
import { ScriptedSource } from '../../test/browser/scripted-source.js';

const WIDTHS = [320, 1200] as const;

/**
 * The page around a picker: something to tab from, the picker, something to tab to. Waits on the
 * picker rather than on an animation frame, which never comes while the test page is in the
 * background (as it may be when test files run side by side).
 */
async function mount(picker: TemplateResult, width = 600): Promise<OatAreaPicker> {
  const page = fixtureSync<HTMLDivElement>(html`<div style=${`width: ${width}px`}>
    <button type="button">Before</button>
    ${picker}
    <p>Some text on the page.</p>
    <button type="button">After</button>
  </div>`);
  const element = page.querySelector('oat-area-picker')!;
  await settled(element);
  return element;
}

const root = (element: OatAreaPicker) => element.shadowRoot!;
const input = (element: OatAreaPicker) => root(element).querySelector<HTMLInputElement>('[role="combobox"]')!;
const listbox = (element: OatAreaPicker) => root(element).querySelector<HTMLElement>('[role="listbox"]')!;
const button = (element: OatAreaPicker) => root(element).querySelector<HTMLButtonElement>('button')!;
const pageButton = (element: OatAreaPicker, name: string) =>
  [...element.parentElement!.querySelectorAll('button')].find((candidate) => candidate.textContent === name)!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether the list is open as both the eye and the accessibility tree see it. */
function isOpen(element: OatAreaPicker): boolean {
  const expanded = input(element).getAttribute('aria-expanded') === 'true';
  const shown = listbox(element).checkVisibility();
  expect(shown, 'aria-expanded agrees with what is on screen').to.equal(expanded);
  return expanded;
}

/** The names of the options on screen. */
function shownOptions(element: OatAreaPicker): string[] {
  if (!listbox(element).checkVisibility()) return [];
  return [...listbox(element).querySelectorAll('[role="option"]')].map(text);
}

/** The option aria-activedescendant points at, which must exist and be marked selected. */
function activeOption(element: OatAreaPicker): string | undefined {
  const id = input(element).getAttribute('aria-activedescendant');
  if (!id) return undefined;
  const option = root(element).getElementById(id);
  expect(option, `aria-activedescendant="${id}" points at an element`).to.exist;
  expect(option!.getAttribute('role')).to.equal('option');
  expect(option!.getAttribute('aria-selected')).to.equal('true');
  expect(listbox(element).querySelectorAll('[aria-selected="true"]')).to.have.length(1);
  return text(option);
}

/** The name a group is labelled with, through aria-labelledby. */
const groupName = (group: Element) => text((group.getRootNode() as ShadowRoot).getElementById(group.getAttribute('aria-labelledby') ?? ''));

const focusIsOnInput = (element: OatAreaPicker) => document.activeElement === element && root(element).activeElement === input(element);

async function press(element: OatAreaPicker, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settled(element);
}

/** Presses a key with Alt held down. */
async function pressWithAlt(element: OatAreaPicker, key: string): Promise<void> {
  await sendKeys({ down: 'Alt' });
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: 'Alt' });
  }
  await settled(element);
}

async function type(element: OatAreaPicker, words: string): Promise<void> {
  await sendKeys({ type: words });
  await settled(element);
}

/** Tabs into the picker from the button before it, as a keyboard user would. */
async function tabIn(element: OatAreaPicker): Promise<void> {
  pageButton(element, 'Before').focus();
  await press(element, 'Tab');
  expect(focusIsOnInput(element), 'Tab reaches the text box').to.be.true;
}

/** Whether the test moved the mouse, so it must be put back. */
let mouseUsed = false;

async function click(element: OatAreaPicker, target: Element): Promise<void> {
  mouseUsed = true;
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  await settled(element);
}

/** Counts `oat-area-change` events reaching the document. */
function countChanges(): { details: AreaChangeDetail[]; stop: () => void } {
  const details: AreaChangeDetail[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<AreaChangeDetail>).detail);
  document.addEventListener('oat-area-change', listener);
  return { details, stop: () => document.removeEventListener('oat-area-change', listener) };
}

describe('<oat-area-picker>', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  afterEach(async () => {
    if (mouseUsed) await resetMouse();
    mouseUsed = false;
  });

  describe('listing and searching', () => {
    it('shows every upper-tier authority, 153 in 9 region groups, from the “Show all areas” button', async () => {
      const element = await mount(html`<oat-area-picker></oat-area-picker>`);
      expect(isOpen(element)).to.be.false;
      expect(button(element).getAttribute('aria-label')).to.equal('Show all areas');
      await click(element, button(element));
      expect(isOpen(element)).to.be.true;
      expect(focusIsOnInput(element), 'focus is put in the text box').to.be.true;
      expect(shownOptions(element)).to.have.length(153);
      const groups = [...listbox(element).querySelectorAll('[role="group"]')];
      expect(groups.map(groupName)).to.deep.equal([
        'East Midlands',
        'East of England',
        'London',
        'North East',
        'North West',
        'South East',
        'South West',
        'West Midlands',
        'Yorkshire and The Humber',
      ]);
      const london = groups[2]!.querySelectorAll('[role="option"]');
      expect(london).to.have.length(33);
      expect(text(london[0])).to.equal('Barking and Dagenham');
      expect(partText(element, 'status')).to.equal('153 areas, grouped by region');
      await click(element, button(element));
      expect(isOpen(element), 'the button closes the list again').to.be.false;
    });

    it('narrows the list as you type “tyne” to exactly the three Tyneside authorities', async () => {
      const element = await mount(html`<oat-area-picker></oat-area-picker>`);
      await tabIn(element);
      await type(element, 'tyne');
      expect(isOpen(element)).to.be.true;
      expect(shownOptions(element)).to.deep.equal(['Newcastle upon Tyne', 'North Tyneside', 'South Tyneside']);
      expect([...listbox(element).querySelectorAll('[role="group"]')].map(groupName)).to.deep.equal(['North East']);
      expect(activeOption(element), 'typing does not make an option active').to.be.undefined;
      expect(partText(element, 'status')).to.equal('3 areas match');
      expect(root(element).querySelector('[part="status"]')!.getAttribute('role')).to.equal('status');
    });

    it('finds Croydon by its ONS code, and Enter chooses the only match', async () => {
      const element = await mount(html`<oat-area-picker></oat-area-picker>`);
      await tabIn(element);
      await type(element, 'E09000008');
      expect(shownOptions(element)).to.deep.equal(['Croydon']);
      expect(partText(element, 'status')).to.equal('1 area matches');
      await press(element, 'Enter');
      expect(element.value).to.equal('E09000008');
      expect(input(element).value).to.equal('Croydon');
    });

    it('says plainly when nothing matches', async () => {
      const element = await mount(html`<oat-area-picker></oat-area-picker>`);
      await tabIn(element);
      await type(element, 'zzz');
      expect(isOpen(element), 'an empty list is not shown').to.be.false;
      expect(shownOptions(element)).to.deep.equal([]);
      const status = root(element).querySelector<HTMLElement>('[part="status"]')!;
      expect(text(status)).to.equal('No areas match “zzz”');
      expect(status.checkVisibility() && status.getBoundingClientRect().width > 1, 'the message is visible, not only announced').to.be.true;
      await expect(element).to.be.accessible();
      await press(element, 'Backspace');
      await press(element, 'Backspace');
      await press(element, 'Backspace');
      expect(shownOptions(element), 'clearing the text brings everything back').to.have.length(153);
    });
  });

  describe('keyboard', () => {
    it('opens with Down, moves with Down, Up, Home and End, and keeps focus in the text box', async () => {
      const element = await mount(html`<oat-area-picker></oat-area-picker>`);
      await tabIn(element);
      await press(element, 'ArrowDown');
      expect(isOpen(element)).to.be.true;
      expect(input(element).getAttribute('aria-expanded')).to.equal('true');
      expect(input(element).getAttribute('aria-controls')).to.equal(listbox(element).id);
      expect(activeOption(element)).to.equal('Derby');
      await press(element, 'ArrowDown');
      expect(activeOption(element)).to.equal('Derbyshire');
      await press(element, 'ArrowUp');
      expect(activeOption(element)).to.equal('Derby');

      await press(element, 'End');
      expect(activeOption(element)).to.equal('York');
      const last = root(element).getElementById(input(element).getAttribute('aria-activedescendant')!)!;
      const list = listbox(element).getBoundingClientRect();
      expect(listbox(element).scrollTop, 'the list scrolled').to.be.greaterThan(0);
      expect(last.getBoundingClientRect().bottom).to.be.at.most(list.bottom + 1);
      expect(last.getBoundingClientRect().top).to.be.at.least(list.top - 1);

      await press(element, 'ArrowDown');
      expect(activeOption(element), 'Down from the last option wraps to the first').to.equal('Derby');
      await press(element, 'ArrowUp');
      expect(activeOption(element), 'Up from the first option wraps to the last').to.equal('York');
      await press(element, 'Home');
      expect(activeOption(element)).to.equal('Derby');
      expect(listbox(element).scrollTop, 'back at the top, with the region name in view').to.equal(0);
      expect(focusIsOnInput(element)).to.be.true;
    });

    it('chooses Blackburn with Darwen with “black”, Down and Enter, and says so once', async () => {
      const element = await mount(html`<oat-area-picker></oat-area-picker>`);
      const changes = countChanges();
      await tabIn(element);
      await type(element, 'black');
      expect(shownOptions(element)).to.deep.equal(['Blackburn with Darwen', 'Blackpool']);
      await press(element, 'ArrowDown');
      expect(activeOption(element)).to.equal('Blackburn with Darwen');
      const event = oneEvent(element, 'oat-area-change');
      await sendKeys({ press: 'Enter' });
      const { detail, bubbles, composed } = (await event) as CustomEvent<AreaChangeDetail>;
      await settled(element);
      changes.stop();
      expect(detail).to.deep.equal({ code: 'E06000008', name: 'Blackburn with Darwen' });
      expect(bubbles && composed, 'the event bubbles and leaves the shadow root').to.be.true;
      expect(changes.details, 'fired once').to.have.length(1);
      expect(element.value).to.equal('E06000008');
      expect(element.getAttribute('value'), 'value is reflected').to.equal('E06000008');
      expect(input(element).value).to.equal('Blackburn with Darwen');
      expect(isOpen(element)).to.be.false;
      expect(input(element).hasAttribute('aria-activedescendant')).to.be.false;
      expect(focusIsOnInput(element)).to.be.true;
    });

    it('opens with Alt+Down without making an option active, and Up opens at the last option', async () => {
      const element = await mount(html`<oat-area-picker></oat-area-picker>`);
      await tabIn(element);
      await pressWithAlt(element, 'ArrowDown');
      expect(isOpen(element)).to.be.true;
      expect(activeOption(element)).to.be.undefined;
      await pressWithAlt(element, 'ArrowUp');
      expect(isOpen(element)).to.be.false;
      await press(element, 'ArrowUp');
      expect(isOpen(element)).to.be.true;
      expect(activeOption(element)).to.equal('York');
    });

    it('closes with Escape, then puts back the chosen name with a second Escape', async () => {
      const element = await mount(html`<oat-area-picker value="E06000009"></oat-area-picker>`);
      const changes = countChanges();
      await tabIn(element);
      await press(element, 'End');
      await press(element, 'Backspace');
      await type(element, 'n');
      expect(input(element).value).to.equal('Blackpoon');
      await press(element, 'Escape');
      expect(isOpen(element)).to.be.false;
      expect(input(element).value, 'the first Escape keeps the text').to.equal('Blackpoon');
      await press(element, 'Escape');
      expect(input(element).value).to.equal('Blackpool');
      expect(element.value).to.equal('E06000009');
      changes.stop();
      expect(changes.details).to.deep.equal([]);
    });

    it('leaves Home and End to move the caret while the list is closed', async () => {
      const element = await mount(html`<oat-area-picker value="E06000009"></oat-area-picker>`);
      await tabIn(element);
      await press(element, 'Home');
      expect(isOpen(element)).to.be.false;
      expect(input(element).selectionStart).to.equal(0);
      await press(element, 'End');
      expect(isOpen(element)).to.be.false;
      expect(input(element).selectionStart).to.equal('Blackpool'.length);
    });

    it('moves on with Tab, closing the list without changing the choice', async () => {
      const element = await mount(html`<oat-area-picker value="E06000009"></oat-area-picker>`);
      const changes = countChanges();
      await tabIn(element);
      await press(element, 'ArrowDown');
      await press(element, 'ArrowDown');
      expect(activeOption(element)).to.equal('Derbyshire');
      await press(element, 'Tab');
      changes.stop();
      expect(document.activeElement).to.equal(pageButton(element, 'After'));
      expect(isOpen(element)).to.be.false;
      expect(element.value).to.equal('E06000009');
      expect(input(element).value).to.equal('Blackpool');
      expect(changes.details).to.deep.equal([]);
    });

    it('does not fire when the chosen area is chosen again', async () => {
      const element = await mount(html`<oat-area-picker value="E09000008"></oat-area-picker>`);
      const changes = countChanges();
      await tabIn(element);
      await press(element, 'End');
      await press(element, 'Backspace');
      await type(element, 'n');
      await press(element, 'ArrowDown');
      expect(activeOption(element)).to.equal('Croydon');
      await press(element, 'Enter');
      changes.stop();
      expect(input(element).value).to.equal('Croydon');
      expect(changes.details).to.deep.equal([]);
    });
  });

  describe('mouse', () => {
    it('chooses the option clicked, keeping focus in the text box', async () => {
      const element = await mount(html`<oat-area-picker></oat-area-picker>`);
      await tabIn(element);
      await type(element, 'tyne');
      const option = [...listbox(element).querySelectorAll('[role="option"]')].find((candidate) => text(candidate) === 'North Tyneside')!;
      let blurs = 0;
      input(element).addEventListener('blur', () => blurs++);
      const event = oneEvent(element, 'oat-area-change');
      await click(element, option);
      expect(((await event) as CustomEvent<AreaChangeDetail>).detail).to.deep.equal({ code: 'E08000022', name: 'North Tyneside' });
      expect(input(element).value).to.equal('North Tyneside');
      expect(isOpen(element)).to.be.false;
      expect(focusIsOnInput(element)).to.be.true;
      expect(blurs, 'focus never left the text box, so nothing else is announced').to.equal(0);
    });

    it('closes when you click elsewhere on the page, changing nothing', async () => {
      const element = await mount(html`<oat-area-picker value="E06000009"></oat-area-picker>`);
      await click(element, button(element));
      expect(isOpen(element)).to.be.true;
      // A blank part of the page, clear of the list (which lies over the text below the picker).
      const page = element.parentElement!.getBoundingClientRect();
      mouseUsed = true;
      await sendMouse({ type: 'click', position: [Math.round(page.right + 100), Math.round(page.top + 10)] });
      await settled(element);
      expect(isOpen(element)).to.be.false;
      expect(element.value).to.equal('E06000009');
      expect(input(element).value).to.equal('Blackpool');
    });
  });

  describe('value', () => {
    it('shows the chosen area’s name, follows changes to the attribute and ticks it in the list', async () => {
      const element = await mount(html`<oat-area-picker value="E06000009"></oat-area-picker>`);
      expect(input(element).value).to.equal('Blackpool');
      element.setAttribute('value', 'E09000008');
      await settled(element);
      expect(input(element).value).to.equal('Croydon');
      await click(element, button(element));
      const current = listbox(element).querySelectorAll('[part~="current"]');
      expect([...current].map(text)).to.deep.equal(['Croydon']);
    });

    it('uses the label it is given as the text box’s visible label', async () => {
      const element = await mount(html`<oat-area-picker label="Your council"></oat-area-picker>`);
      const label = root(element).querySelector('label')!;
      expect(text(label)).to.equal('Your council');
      expect(label.control).to.equal(input(element));
    });
  });

  describe('loading and errors', () => {
    it('shows a loading state with the label, then the areas', async () => {
      const source = new ScriptedSource();
      source.hold();
      const page = fixtureSync<HTMLDivElement>(
        html`<div style="width: 320px"><oat-area-picker value="E06000009" .dataSource=${source}></oat-area-picker></div>`,
      );
      const element = page.querySelector('oat-area-picker')!;
      await aTimeout(0);
      expect(text(root(element).querySelector('label'))).to.equal('Choose an area');
      expect(root(element).querySelector('label')!.checkVisibility()).to.be.true;
      expect(input(element).disabled).to.be.true;
      expect(partText(element, 'status')).to.equal('Loading areas…');
      expect(root(element).querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
      for (const width of WIDTHS) {
        page.style.width = `${width}px`;
        await expect(element).to.be.accessible();
      }
      source.release();
      await settled(element);
      expect(input(element).disabled).to.be.false;
      expect(input(element).value).to.equal('Blackpool');
      expect(partText(element, 'status')).to.equal('');
    });

    it('explains a failure to load and what to try, without an uncaught error', async () => {
      const watch = watchErrors();
      const source = new ScriptedSource();
      source.failWith = new SourceError('network', 'The data could not be reached. Check your connection and try again.');
      const element = await mount(html`<oat-area-picker .dataSource=${source}></oat-area-picker>`);
      watch.stop();
      expect(partText(element, 'status')).to.contain('could not be reached').and.to.contain('Reload the page');
      expect(root(element).querySelector('[part="status"]')!.checkVisibility()).to.be.true;
      expect(input(element).disabled).to.be.true;
      expect(text(root(element).querySelector('label'))).to.equal('Choose an area');
      expect(watch.errors).to.deep.equal([]);
      for (const width of WIDTHS) {
        element.parentElement!.style.width = `${width}px`;
        await expect(element).to.be.accessible();
      }
    });

    it('names an unknown source', async () => {
      const element = await mount(html`<oat-area-picker source="nowhere"></oat-area-picker>`);
      expect(partText(element, 'status')).to.contain('Unknown data source “nowhere”');
    });

    it('leaves no errors when removed while loading', async () => {
      const watch = watchErrors();
      const source = new ScriptedSource();
      source.hold();
      const element = fixtureSync<OatAreaPicker>(html`<oat-area-picker .dataSource=${source}></oat-area-picker>`);
      await aTimeout(0);
      element.remove();
      source.release();
      await new Promise((resolve) => setTimeout(resolve, 50));
      watch.stop();
      expect(watch.errors).to.deep.equal([]);
    });
  });

  describe('accessibility and layout', () => {
    for (const width of WIDTHS) {
      it(`passes axe closed and open, and fits, at ${width} px`, async () => {
        const watch = watchErrors();
        const element = await mount(html`<oat-area-picker value="E06000009"></oat-area-picker>`, width);
        await expect(element).to.be.accessible();
        await tabIn(element);
        await type(element, 'North');
        await press(element, 'ArrowDown');
        expect(isOpen(element)).to.be.true;
        expect(activeOption(element)).to.equal('North Northamptonshire');
        await expect(element).to.be.accessible();

        const field = input(element).parentElement!.getBoundingClientRect();
        const list = listbox(element).getBoundingClientRect();
        expect(element.getBoundingClientRect().width).to.equal(width);
        expect(element.scrollWidth, 'nothing sticks out sideways').to.be.at.most(width);
        expect(Math.round(list.width), 'the list is as wide as the text box and button').to.equal(Math.round(field.width));
        expect(Math.round(list.left)).to.equal(Math.round(field.left));
        for (const option of listbox(element).querySelectorAll<HTMLElement>('[role="option"]')) {
          expect(option.scrollWidth, `${text(option)} fits`).to.be.at.most(option.clientWidth);
          expect(option.getBoundingClientRect().height, `${text(option)} is a big enough target`).to.be.at.least(44);
        }
        const target = button(element).getBoundingClientRect();
        expect(target.width).to.be.at.least(44);
        expect(target.height).to.be.at.least(44);
        watch.stop();
        expect(watch.errors).to.deep.equal([]);
      });
    }

    it('shows a focus ring at least 3 px thick on the text box', async () => {
      const element = await mount(html`<oat-area-picker></oat-area-picker>`);
      const before = getComputedStyle(input(element)).boxShadow;
      await tabIn(element);
      const style = getComputedStyle(input(element));
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
      expect(style.boxShadow, 'the border thickens too').to.not.equal(before);
    });

    it('marks the active option visibly, not by colour alone', async () => {
      const element = await mount(html`<oat-area-picker></oat-area-picker>`);
      await tabIn(element);
      await press(element, 'ArrowDown');
      const [first, second] = listbox(element).querySelectorAll<HTMLElement>('[role="option"]');
      const active = getComputedStyle(first!);
      const idle = getComputedStyle(second!);
      expect(parseFloat(active.outlineWidth)).to.be.at.least(3);
      expect(active.outlineStyle).to.equal('solid');
      expect(active.boxShadow).to.not.equal(idle.boxShadow);
      expect(idle.outlineStyle).to.equal('none');
    });

    it('sets region names apart from the options: bold and not selectable', async () => {
      const element = await mount(html`<oat-area-picker></oat-area-picker>`);
      await click(element, button(element));
      const label = listbox(element).querySelector<HTMLElement>('[part="group-label"]')!;
      const option = listbox(element).querySelector<HTMLElement>('[role="option"]')!;
      expect(Number(getComputedStyle(label).fontWeight)).to.be.at.least(700);
      expect(Number(getComputedStyle(option).fontWeight)).to.be.below(700);
      expect(getComputedStyle(label).userSelect).to.equal('none');
      expect(label.getAttribute('role')).to.not.equal('option');
    });

    it('turns off the chevron’s animation for people who ask for reduced motion', async () => {
      const element = await mount(html`<oat-area-picker></oat-area-picker>`);
      const chevron = button(element).querySelector('svg')!;
      expect(parseFloat(getComputedStyle(chevron).transitionDuration)).to.be.greaterThan(0);
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(parseFloat(getComputedStyle(chevron).transitionDuration)).to.equal(0);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('has forced-colours rules that use system colours for the active option', () => {
      const rules = OatAreaPicker.styles
        .flat()
        .map((sheet) => ('cssText' in sheet ? sheet.cssText : ''))
        .join('\n');
      expect(rules).to.match(/@media \(forced-colors: active\)[\s\S]*\.option\.active[\s\S]*background: Highlight;[\s\S]*color: HighlightText;/);
    });
  });
});
