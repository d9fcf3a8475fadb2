import { ENGLAND, type Comparison } from '../../src/model.js';
import { SnapshotSource } from '../../src/sources/snapshot.js';
import { compare } from '../../src/stats/compare.js';
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

/**
 * The statistics core's comparison of one area with England on one indicator of the real snapshot,
 * worked out here from the observations (councils' figures of the same period as peers), so element
 * tests can check that what they show is the core's verdict.
 */
export async function coreComparison(slug: string, area: string): Promise<Comparison> {
  const source = new SnapshotSource();
  const [definitions, areas, all] = await Promise.all([source.indicators(), source.areas(), source.observations({ indicators: [slug] })]);
  const definition = definitions.find((entry) => entry.slug === slug)!;
  const local = all.find((o) => o.area === area);
  const england = all.find((o) => o.area === ENGLAND);
  const councils = new Set(areas.filter((a) => a.kind === 'utla').map((a) => a.code));
  const peers = all.filter((o) => councils.has(o.area) && o.period.sortKey === local?.period.sortKey).map((o) => o.value);
  return compare(local, england, definition, { peers });
}
