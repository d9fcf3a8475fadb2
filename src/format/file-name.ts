/** An area's name as it goes into a file name: "Blackburn with Darwen" → "blackburn-with-darwen"; "area" when nothing is left. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'area';
}
