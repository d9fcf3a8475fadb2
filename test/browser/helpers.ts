import type { LitElement } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';

/** The visible text of an element's shadow root part, whitespace collapsed. */
export function partText(element: Element, part: string): string {
  const node = element.shadowRoot?.querySelector(`[part~="${part}"]`);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** All visible text inside an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until an element (and its data) has finished updating. */
export async function settled(element: LitElement): Promise<void> {
  await element.updateComplete;
  await element.updateComplete;
}

/** Collects console errors and uncaught errors while a test runs. */
export function watchErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  const onError = (event: ErrorEvent) => errors.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Switches forced-colours (Windows high contrast) emulation on or off for the test page. */
export async function forcedColours(active: boolean): Promise<void> {
  await executeServerCommand('oat-forced-colours', { active });
}
