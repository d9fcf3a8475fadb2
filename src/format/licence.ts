/** Licence identifiers the catalogue uses, in words. */
const LICENCE_NAMES: Record<string, string> = { 'OGL-3.0': 'Open Government Licence v3.0' };

/** A licence in words: "OGL-3.0" → "Open Government Licence v3.0"; any other text is returned as it is. */
export function licenceName(licence: string): string {
  return LICENCE_NAMES[licence] ?? licence;
}
