import type { Area, DataSource, IndicatorDefinition, Observation } from '../../model.js';
import { cleanShort } from '../clean-text.js';
import { SourceError } from '../errors.js';
import { looksLikeWebPage, parseJsonText, webPageError } from '../fetch-json.js';
import { fetchText } from '../fetch-text.js';
import { OncePerAddress } from '../once-per-address.js';
import type { OriginPolicy } from '../origins.js';
import { councilProvenance } from './council-provenance.js';
import { mixFigures } from './mixing.js';
import { parseCsvText, parseJsonData, type ParsedFile } from './parse-rows.js';
import type { Problem } from './problems.js';

/** What loading a council's file needs: where it is, what it is shown with, and how to fetch it. */
export interface FileRequest {
  url: string;
  /** The file's name as readers see it. */
  file: string;
  base: DataSource;
  origins: OriginPolicy;
  fetch?: typeof fetch;
  timeoutMs?: number;
  today?: Date;
}

/** A council's file as fetched. */
interface FetchedFile {
  text: string;
  /** The day it was fetched, as an ISO date. */
  fetchedOn: string;
}

/** One fetch per address (and policy) for the whole page, however many sources ask. */
const files = new OncePerAddress<FetchedFile>();

/** Forgets fetched council files; for tests that need a fresh fetch. */
export function clearCouncilFileCache(): void {
  files.clear();
}

/** The file's name from its address: "/data/our-figures.csv?v=2" → "our-figures.csv"; "data:…" → "the data: address". */
export function fileNameOf(url: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return `The ${scheme}: address`;
  const path = url.split(/[?#]/, 1)[0] ?? '';
  const last = path.split('/').filter(Boolean).pop() ?? url;
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    name = last;
  }
  return cleanShort(name, 100) || 'The data file';
}

function isCsvAddress(url: string): boolean {
  return /\.csv$/i.test(url.split(/[?#]/, 1)[0] ?? '');
}

/** The file read against the base source's catalogue and areas, mixed with its figures by the rules. */
export interface LoadedFile {
  kind: 'file';
  fetchedOn: string;
  parsed: ParsedFile;
  baseIndicators: IndicatorDefinition[];
  baseAreas: Area[];
  /** Slugs the base source answers for. */
  baseSlugs: Set<string>;
  subAreaCodes: Set<string>;
  /** The file's figures that are shown (by indicator and area), each with its provenance. */
  shown: Map<string, Observation>;
  /** What the rules for mixing sources did that the reader must know. */
  notes: string[];
}

/** The file could not be used: the base source's figures are shown, with a notice saying why. */
export interface FellBack {
  kind: 'fallback';
  error: SourceError;
  /** Problems met in a file that was read but held nothing usable. */
  problems: Problem[];
  baseIndicators: IndicatorDefinition[];
  baseAreas: Area[];
}

export type Loaded = LoadedFile | FellBack;

/**
 * Fetches and reads a council's file against its base source's catalogue and areas, and mixes its
 * figures with the base's by the rules. A file that cannot be used gives the base's catalogue and
 * areas with the reason; only a base that cannot be loaded makes it fail.
 */
export function loadCouncilFile(request: FileRequest): Promise<Loaded> {
  return new FileLoader(request).readFile();
}

class FileLoader {
  private readonly options: FileRequest;
  private readonly url: string;
  private readonly file: string;
  private readonly origins: OriginPolicy;

  constructor(request: FileRequest) {
    this.options = request;
    this.url = request.url;
    this.file = request.file;
    this.origins = request.origins;
  }

  /** Fetches the file once for every source with the same address and policy, noting the day. */
  private fetchFile(): Promise<FetchedFile> {
    const { origins } = this;
    const key = [this.url, origins.trustPage === false ? 'untrusted' : 'trusted', ...origins.allowed].join('\u0000');
    return files.get(key, async () => {
      const text = await fetchText(this.url, {
        what: this.file,
        origins,
        ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
        ...(this.options.timeoutMs !== undefined ? { timeoutMs: this.options.timeoutMs } : {}),
      });
      return { text, fetchedOn: new Date().toISOString().slice(0, 10) };
    });
  }

  private read(text: string, indicators: readonly IndicatorDefinition[], areas: readonly Area[]): ParsedFile {
    const context = { file: this.file, url: this.url, indicators, areas, ...(this.options.today ? { today: this.options.today } : {}) };
    if (isCsvAddress(this.url)) {
      if (looksLikeWebPage(text)) throw webPageError(this.file, this.url);
      return parseCsvText(text, context);
    }
    return parseJsonData(parseJsonText(text, this.file, this.url, 'A file whose address does not end in .csv is read as JSON.'), context);
  }

  /** Why a file that was read holds nothing to show. */
  private nothingToShow(parsed: ParsedFile): SourceError {
    const message =
      parsed.problems.length > 0
        ? `None of the figures in ${this.file} could be used: every row has a problem (listed with the problems in the data).`
        : parsed.layout === undefined
          ? `${this.file} holds no figures: its list of rows is empty.`
          : `${this.file} holds no figures: it has a header line but no rows.`;
    return new SourceError('format', message, this.url);
  }

  async readFile(): Promise<Loaded> {
    const { base } = this.options;
    const [fetched, indicators, areas] = await Promise.allSettled([this.fetchFile(), base.indicators(), base.areas()]);
    if (indicators.status === 'rejected' || areas.status === 'rejected') {
      const baseError: unknown = indicators.status === 'rejected' ? indicators.reason : (areas as PromiseRejectedResult).reason;
      if (fetched.status === 'rejected' && fetched.reason instanceof SourceError) {
        const why = baseError instanceof Error ? ` ${baseError.message}` : '';
        throw new SourceError(
          fetched.reason.kind,
          `${fetched.reason.message} The figures it was to be shown with could not be loaded either.${why}`,
          this.url,
          {
            cause: baseError,
          },
        );
      }
      throw baseError;
    }
    const baseIndicators = indicators.value;
    const baseAreas = areas.value;
    const fellBack = (error: SourceError, problems: Problem[] = []): FellBack => ({ kind: 'fallback', error, problems, baseIndicators, baseAreas });
    if (fetched.status === 'rejected') {
      if (fetched.reason instanceof SourceError) return fellBack(fetched.reason);
      throw fetched.reason;
    }
    let parsed: ParsedFile;
    try {
      parsed = this.read(fetched.value.text, baseIndicators, baseAreas);
    } catch (error) {
      if (error instanceof SourceError) return fellBack(error);
      throw error;
    }
    if (parsed.observations.length === 0) return fellBack(this.nothingToShow(parsed), parsed.problems);
    return this.mix(fetched.value.fetchedOn, parsed, baseIndicators, baseAreas);
  }

  /** Stamps the file's figures with their provenance and applies the rules for mixing sources. */
  private async mix(fetchedOn: string, parsed: ParsedFile, baseIndicators: IndicatorDefinition[], baseAreas: Area[]): Promise<LoadedFile> {
    const baseSlugs = new Set(baseIndicators.map((definition) => definition.slug));
    const custom = new Map(parsed.indicators.map((definition) => [definition.slug, definition]));
    const origin = { file: this.file, url: this.url, asOf: fetchedOn, layout: parsed.layout, source: parsed.source };
    const figures = parsed.observations.map((observation) => ({ ...observation, provenance: councilProvenance(origin, custom.get(observation.indicator)) }));
    const areaCodes = new Set(baseAreas.map((area) => area.code));
    const indicators = [...new Set(figures.map((figure) => figure.indicator).filter((slug) => baseSlugs.has(slug)))];
    const areas = [...new Set(figures.map((figure) => figure.area).filter((code) => areaCodes.has(code)))];
    const published = indicators.length && areas.length ? await this.options.base.observations({ indicators, areas }) : [];
    const { shown, notes } = mixFigures(published, figures, {
      file: this.file,
      areas: new Map([...baseAreas, ...parsed.subAreas].map((area) => [area.code, area])),
      indicators: new Map([...baseIndicators, ...parsed.indicators].map((definition) => [definition.slug, definition])),
    });
    return {
      kind: 'file',
      fetchedOn,
      parsed,
      baseIndicators,
      baseAreas,
      baseSlugs,
      subAreaCodes: new Set(parsed.subAreas.map((area) => area.code)),
      shown,
      notes,
    };
  }
}
