import { licenceName } from '../../format/licence.js';
import type { IndicatorDefinition, Provenance } from '../../model.js';
import { isOgl, safeLink, type DeclaredSource } from './custom-indicators.js';
import type { Layout } from './formats.js';

/** What is known of a council's file when its figures are stamped with where they came from. */
export interface FileOrigin {
  /** The file's name as readers know it. */
  file: string;
  url: string;
  /** ISO date the file was read. */
  asOf: string;
  layout: Layout | undefined;
  /** Where the file as a whole says its figures come from. */
  source: DeclaredSource;
}

/** A licence in words as the file states it, or null when it states none. */
function licenceOf(licence: string | undefined): string | null {
  if (!licence) return null;
  return isOgl(licence) ? licenceName('OGL-3.0') : licence;
}

/**
 * Where a council's figure came from: always the council's own (`kind: 'council'`), read from the
 * file named in `via`, under the licence the file declares – or none stated, never assumed. A custom
 * indicator's figures carry the source the file gives for that indicator.
 */
export function councilProvenance(origin: FileOrigin, custom?: IndicatorDefinition): Provenance {
  const reference = custom?.sources[0];
  const fingertips = origin.layout === 'fingertips';
  const publisher = reference?.publisher ?? origin.source.publisher ?? 'The council';
  const dataset =
    reference?.dataset ?? origin.source.dataset ?? (fingertips ? `a Fingertips data download supplied as ${origin.file}` : `local figures (${origin.file})`);
  const url = reference?.url || origin.source.url || safeLink(origin.url);
  return {
    publisher,
    dataset,
    ...(url ? { url } : {}),
    licence: licenceOf(reference ? reference.licence : origin.source.licence),
    asOf: origin.asOf,
    kind: 'council',
    via: origin.file,
  };
}
