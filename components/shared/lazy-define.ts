import { define } from './oat-element.js';

/**
 * Registers an element whose code is fetched only once the page has one: for the one-file bundle, so
 * that pages without a map never download the map's code. Elements already in the page, or added to it
 * later, are upgraded when the code arrives. An element created inside another element's shadow root is
 * not seen; call the returned function to load the code for it.
 */
export function defineWhenUsed(tag: string, load: () => Promise<CustomElementConstructor>): () => Promise<void> {
  let loading: Promise<void> | undefined;
  const loadNow = () => {
    loading ??= load().then(
      (element) => define(tag, element),
      (error: unknown) => {
        loading = undefined;
        console.error(`The code for <${tag}> could not be loaded.`, error);
      },
    );
    return loading;
  };
  if (customElements.get(tag)) return () => Promise.resolve();
  const found = document.getElementsByTagName(tag);
  if (found.length) {
    void loadNow();
  } else {
    const observer = new MutationObserver(() => {
      if (!found.length) return;
      observer.disconnect();
      void loadNow();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
  return loadNow;
}
