/**
 * Files the reader saves or opens, handled entirely in the browser: nothing is sent anywhere.
 */

/** Offers a file for download through a temporary link to an object URL. */
export function saveBlob(blob: Blob, fileName: string, parent: Node): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  parent.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the file after click() returns; let go of it once they surely have.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Offers text for download as a file of the given type. */
export function saveText(text: string, fileName: string, type: string, parent: Node): void {
  saveBlob(new Blob([text], { type }), fileName, parent);
}
