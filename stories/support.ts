import { SOURCE_NAMES } from '../src/sources/registry.js';
/**
 * Helpers for stories' `play` functions: the elements render into shadow roots, which the
 * canvas queries of `storybook/test` do not enter.
 */
import type { LitElement } from 'lit';
import { expect, waitFor, within } from 'storybook/test';
import type { DataSource } from '../src/model.js';
import type { Page, Theme } from './frames.js';
import snapshotJson from '../indicators/snapshot.json';
import type { SnapshotFile } from '../src/sources/snapshot-format.js';
import { STORY_SOURCES, isSlowLiveSource, type StorySource } from './story-sources.js';

/** The first `tag` in the story's canvas, once its data has loaded and rendered. */
export async function shown<T extends LitElement>(canvasElement: HTMLElement, tag: string): Promise<T> {
  const element = canvasElement.querySelector<T>(tag);
  await expect(element, `the story shows a <${tag}>`).not.toBeNull();
  await element!.updateComplete;
  return element!;
}

/** Testing Library queries scoped to an element's shadow root. */
export function inShadow(element: Element) {
  return within(element.shadowRoot as unknown as HTMLElement);
}

/** The text a reader sees in a shadow part, whitespace collapsed. */
export function partText(element: Element, part: string): string {
  const node = element.shadowRoot?.querySelector(`[part~="${part}"]`);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until a shadow part shows `expected` (a string to equal or a pattern to match). */
export async function expectPart(element: Element, part: string, expected: string | RegExp): Promise<void> {
  await waitFor(
    () => (typeof expected === 'string' ? expect(partText(element, part)).toBe(expected) : expect(partText(element, part)).toMatch(expected)),
    // On failure, say what the part showed; not the whole page's markup, which waitFor adds by default.
    { onTimeout: (error) => error },
  );
}

/** The first `tag` in the story's canvas as soon as it has rendered once, without waiting for its data. */
export async function rendered<T extends LitElement>(canvasElement: HTMLElement, tag: string): Promise<T> {
  await waitFor(() => expect(canvasElement.querySelector(tag)?.shadowRoot?.childElementCount ?? 0, `the story shows a <${tag}>`).toBeGreaterThan(0));
  return canvasElement.querySelector<T>(tag)!;
}

/** The data source a story names in `parameters.dataSource` (stories/story-sources.ts), made afresh for each render. */
export function sourceFor(context: { parameters: Record<string, unknown> }): DataSource | undefined {
  const name = context.parameters.dataSource;
  return typeof name === 'string' && name in STORY_SOURCES ? STORY_SOURCES[name as StorySource]() : undefined;
}

/** Lets the held-back live reply of a story with `dataSource: 'fingertips-slow'` arrive now. */
export function letLiveFiguresArrive(element: { dataSource?: DataSource }): void {
  if (!isSlowLiveSource(element.dataSource))
    throw new Error("The story’s element has no slow live source: give it `parameters: { dataSource: 'fingertips-slow' }`.");
  element.dataSource.arrive();
}

/** Waits until the frame around the story is in the theme and page it pinned (stories/frames.ts). */
export async function expectFrame(canvasElement: HTMLElement, theme: Theme, page: Page = 'full'): Promise<HTMLElement> {
  const frame = canvasElement.querySelector<HTMLElement>('.oat-frame');
  await expect(frame, 'the story sits in a frame').not.toBeNull();
  await expect(frame).toHaveAttribute('data-theme', theme);
  await expect(frame).toHaveAttribute('data-page', page);
  return frame!;
}

/** The width an element takes up on screen, in CSS pixels. */
export function widthOf(element: Element): number {
  return Math.round(element.getBoundingClientRect().width);
}

/** Controls shared by the elements' stories; names, descriptions and types come from the manifest. */
/** The upper-tier councils of the snapshot, by name: the `area` control is a choice of them, not a code to type. */
const COUNCILS = (snapshotJson as unknown as SnapshotFile).areas
  .filter(([, , kind]) => kind === 'utla')
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
export const AREA_CONTROL = {
  control: { type: 'select', labels: Object.fromEntries(COUNCILS.map(({ code, name }) => [code, `${name} (${code})`])) },
  options: COUNCILS.map(({ code }) => code),
} as const;
export const SOURCE_CONTROL = { control: 'select', options: [...SOURCE_NAMES] } as const;
export const HEADING_LEVEL_CONTROL = { control: { type: 'number', min: 1, max: 6, step: 1 } } as const;
