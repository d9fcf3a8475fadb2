/**
 * Catches a file an element offers for download (through a link it clicks), instead of downloading
 * it, and reads it back.
 */
export interface SavedFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  text: string;
}

/** Runs `act`, waits for the element to offer a file, and returns it. */
export async function savedFile(act: () => void | Promise<void>, timeoutMs = 2000): Promise<SavedFile> {
  let link: HTMLAnchorElement | undefined;
  const onClick = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLAnchorElement && target.download) {
      event.preventDefault();
      link = target;
    }
  };
  window.addEventListener('click', onClick, true);
  try {
    await act();
    for (let waited = 0; !link && waited < timeoutMs; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
  } finally {
    window.removeEventListener('click', onClick, true);
  }
  if (!link) throw new Error('No file was offered for download.');
  const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
  return { name: link.download, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}
