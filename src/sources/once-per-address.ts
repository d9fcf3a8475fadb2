/**
 * One load per address for the whole page, however many sources or elements ask: the snapshot, the
 * map's boundaries and councils' files all go through one of these. A load that fails is forgotten,
 * so that a later attempt tries again.
 */
export class OncePerAddress<T> {
  private readonly loads = new Map<string, Promise<T>>();

  /** The load of this address: the one under way or done, else a new one from `load`. */
  get(address: string, load: () => Promise<T>): Promise<T> {
    let loading = this.loads.get(address);
    if (!loading) {
      loading = load();
      const started = loading;
      started.catch(() => {
        if (this.loads.get(address) === started) this.loads.delete(address);
      });
      this.loads.set(address, started);
    }
    return loading;
  }

  /** Forgets every load; for tests that need a fresh fetch. */
  clear(): void {
    this.loads.clear();
  }
}
