/**
 * How a live source tells the elements using it that its figures changed after it answered: the
 * live figures arrived (so the snapshot's figures shown meanwhile can be replaced), or loading them
 * failed (so the notice changes). An element subscribes, and on a change asks for its observations
 * again; the source then answers from memory at once.
 */

import type { SourceChange, SourceListener } from '../model.js';

export type { SourceChange, SourceChangeKind, SourceListener } from '../model.js';

/** A source whose figures can change after it has answered. */
export interface UpdatingSource {
  /** Calls `listener` on every change until the returned function is called. */
  subscribe(listener: SourceListener): () => void;
}

/** The listeners of one source. A listener that throws does not stop the others. */
export class Listeners implements UpdatingSource {
  private readonly listeners = new Set<SourceListener>();

  subscribe(listener: SourceListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(change: SourceChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
