/** Remembers one value and the inputs it was made from. */
export class Memo<T> {
  private key?: readonly unknown[];
  private value?: T;

  get(key: readonly unknown[], make: () => T): T {
    if (this.key && this.key.length === key.length && this.key.every((part, index) => part === key[index])) return this.value as T;
    this.value = make();
    this.key = key;
    return this.value;
  }
}
