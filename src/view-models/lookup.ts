import type { Area, IndicatorDefinition } from '../model.js';
import { reorganisationOf } from '../reorganisations.js';
import { UnknownAreaError, UnknownIndicatorError } from '../sources/errors.js';
import { closestMatch } from './closest.js';

/** ONS codes of England (E92), regions (E12) and upper-tier authorities (E06, E08, E09, E10). */
const AREA_CODE = /^E(06|08|09|10|12|92)\d{6}$/;

/** Finds an indicator by slug, or explains that there is none and suggests the closest. */
export function resolveIndicator(definitions: readonly IndicatorDefinition[], slug: string | undefined): IndicatorDefinition {
  const wanted = (slug ?? '').trim();
  const found = definitions.find((definition) => definition.slug === wanted);
  if (found) return found;
  throw new UnknownIndicatorError(
    wanted,
    wanted
      ? closestMatch(
          wanted,
          definitions.map((definition) => definition.slug),
        )
      : undefined,
  );
}

/**
 * Finds an area by its ONS code. Explains a malformed code, a code retired by a reorganisation
 * (naming its successors), or a well-formed code the data does not hold (suggesting the closest).
 * An area's name is accepted too, as people often paste one.
 */
export function resolveArea(areas: readonly Area[], input: string | undefined): Area {
  const wanted = (input ?? '').trim();
  if (!wanted) {
    throw new UnknownAreaError('', 'No area was given: set the area attribute to an ONS code such as E09000008 (Croydon).');
  }
  const byCode = areas.find((area) => area.code === wanted.toUpperCase());
  if (byCode) return byCode;
  const byName = areas.find((area) => area.name.toLowerCase() === wanted.toLowerCase());
  if (byName) return byName;

  const name = (code: string) => areas.find((area) => area.code === code)?.name ?? code;
  const change = reorganisationOf(wanted.toUpperCase());
  if (change) {
    const successors = change.successorCodes.map((code) => `${name(code)} (${code})`).join(' or ');
    throw new UnknownAreaError(wanted, `${wanted} is a former council’s code. ${change.description} Use ${successors}.`);
  }
  if (!AREA_CODE.test(wanted.toUpperCase())) {
    const suggestion = closestMatch(
      wanted,
      areas.map((area) => area.name),
    );
    throw new UnknownAreaError(
      wanted,
      `“${wanted}” is not an area code. Use the ONS code of England, a region or an upper-tier council, such as E09000008 (Croydon).${
        suggestion ? ` Did you mean ${suggestion} (${areas.find((area) => area.name === suggestion)?.code})?` : ''
      }`,
    );
  }
  const suggestion = closestMatch(
    wanted.toUpperCase(),
    areas.map((area) => area.code),
  );
  throw new UnknownAreaError(
    wanted,
    `There is no area with the code ${wanted} in the data.${suggestion ? ` Did you mean ${name(suggestion)} (${suggestion})?` : ''}`,
  );
}
