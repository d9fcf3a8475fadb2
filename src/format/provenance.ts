import type { Provenance, SourceReference } from '../model.js';
import { dateInWords } from './date.js';
import { licenceName } from './licence.js';

/** A provenance for a figure that carries none, from the indicator's first source. */
export function provenanceFromReference(reference: SourceReference, asOf: string, via: string): Provenance {
  return {
    publisher: reference.publisher,
    dataset: reference.dataset,
    url: reference.url,
    licence: licenceName(reference.licence),
    asOf,
    kind: 'published',
    via,
  };
}

/**
 * Where a figure came from, in a few words for a row or a tooltip: "Department for Education, Children
 * in need · Open Government Licence v3.0", "Calculated from Office for National Statistics, Census 2021 ·
 * Open Government Licence v3.0", or "The council’s own figure (children.csv) · no licence stated".
 */
export function provenanceShort(provenance: Provenance): string {
  const licence = provenance.licence ?? 'no licence stated';
  switch (provenance.kind) {
    case 'published':
      return `${provenance.publisher}, ${provenance.dataset}${readFromShort(provenance)} · ${licence}`;
    case 'derived':
      return `Calculated from ${provenance.publisher}, ${provenance.dataset}${readFromShort(provenance)} · ${licence}`;
    case 'council':
      return `The council’s own figure (${provenance.via}) · ${licence}`;
  }
}

/**
 * Where a figure came from, in full, for "About this indicator", tables, exports and print:
 * publisher, dataset, whether it is published, derived (and how) or the council's own, the licence, and
 * how and when it reached the page.
 */
export function provenanceText(provenance: Provenance): string {
  const licence = provenance.licence ? `Licence: ${provenance.licence}.` : 'No licence is stated.';
  const when = `Shown from: ${provenance.via}, ${dateInWords(provenance.asOf)}.`;
  switch (provenance.kind) {
    case 'published':
      return `Published by ${provenance.publisher}: ${provenance.dataset}${readFromLong(provenance)}. ${licence} ${when}`;
    case 'derived':
      return `Calculated here from figures published by ${provenance.publisher} (${provenance.dataset}${readFromLong(provenance)})${provenance.method ? `: ${withoutStop(provenance.method)}` : ''}. ${licence} ${when}`;
    case 'council':
      return `The council’s own figure, from ${provenance.via}${provenance.publisher && provenance.publisher !== provenance.via ? ` (${provenance.publisher})` : ''}, read ${dateInWords(provenance.asOf)}. ${licence}`;
  }
}

/** "as republished in Department for Education, Local authority interactive tool (LAIT)", or '' for a figure read from its publisher. */
export const republishedIn = (provenance: Provenance) => (provenance.readFrom ? `as republished in ${provenance.readFrom.name}` : '');

const readFromLong = (provenance: Provenance) => (provenance.readFrom ? `, ${republishedIn(provenance)}` : '');

/** ", via LAIT": the same in a row's few words. */
const readFromShort = (provenance: Provenance) => (provenance.readFrom ? `, via ${provenance.readFrom.short}` : '');

const withoutStop = (text: string) => text.trim().replace(/[.\s]+$/, '');
