/**
 * Helpers for stories' `play` functions: the elements render into shadow roots, which the
 * canvas queries of `storybook/test` do not enter.
 */
import type { LitElement } from 'lit';
import { expect, waitFor, within } from 'storybook/test';

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
  await waitFor(() =>
    typeof expected === 'string' ? expect(partText(element, part)).toBe(expected) : expect(partText(element, part)).toMatch(expected),
  );
}
