import type { Area, DataSource, IndicatorDefinition, Observation, ObservationQuery, SourceInfo } from '../../model.js';
import { whileWanted } from '../abort.js';
import { SourceError } from '../errors.js';
import { fetchText } from '../fetch-text.js';
import { dateInWords } from '../../format/date.js';
import { describeProblem, parseCsvText, parseJsonData, type ParsedFile, type Problem } from './parse-rows.js';

/**
 * A council's own figures, from a CSV or JSON file at an address the page gives, shown beside the
 * figures of another source (the embedded snapshot, usually) for this month's figures, local
 * indicators and parts of the council such as wards.
 *
 * ## CSV: the tool's own layout
 *
 * One row per figure. Columns are found by name (case, spaces and underscores do not matter) and
 * may come in any order; other columns are ignored.
 *
 * | column | required | holds |
 * |---|---|---|
 * | `indicator` | yes | the indicator's slug: one of the tool's (e.g. `children-in-need`) or a custom indicator's from a JSON file; a Fingertips indicator ID also works |
 * | `area_code` | yes | the ONS code of England (E92000001), a region, an upper-tier council, or a part of a council such as a ward (E05…) |
 * | `area_name` | no | the area's name; used for parts of councils (the tool knows the others' names) |
 * | `parent_code` | for parts of councils | the ONS code of the upper-tier council the area is part of, e.g. E09000008 for a Croydon ward |
 * | `period` | yes | the period as readers should see it: `2025/26`, `Q2 2025/26`, `March 2026`, `2026-03`, `2025` |
 * | `value` | yes | the figure, in the indicator's unit (a percentage as 12.5, not 0.125); `1,234` is read as 1234 |
 * | `lower_ci`, `upper_ci` | no | the 95% confidence limits, both or neither |
 * | `count`, `denominator` | no | the numerator and denominator, from which a confidence interval is worked out when no limits are given |
 * | `note` | no | a note that changes how the figure should be read |
 *
 * A value may be left empty or written `NA` or `-` when there is none, or `*`, `:`, `..`, `x`, `c`
 * or `u` when it is withheld (suppressed). A file may have a byte order mark, Windows or old Mac
 * line endings, and quoted cells holding commas or line breaks.
 *
 * ## CSV: a Fingertips data download
 *
 * A file downloaded from the Fingertips API (`/api/all_data/csv/by_indicator_id`)
 * is read as it is, including a copy saved by R (`Indicator.ID`, a first column of row numbers, `NA`).
 * Only the whole-area figure of each row is used (an empty `Category Type`), for the sex the tool
 * shows (persons unless the indicator is for one sex), and the latest `Time period Sortable` of each
 * indicator and area. Indicator IDs are matched to the tool's indicators. Fingertips' own
 * "Compared to England" judgement is kept beside the tool's.
 *
 * ## JSON
 *
 * Either a list of rows, each an object with the CSV columns as fields, or an object:
 *
 * ```json
 * {
 *   "indicators": [
 *     {
 *       "slug": "early-help-families",
 *       "title": "Families supported by early help",
 *       "shortTitle": "Early help",
 *       "domain": "stressful-circumstances",
 *       "unit": { "kind": "rate", "per": 1000, "of": "families with children" },
 *       "polarity": "no-judgement",
 *       "description": "Families with children who had an early help assessment in the year, per 1,000 families.",
 *       "decimals": 1,
 *       "source": { "publisher": "Croydon Council", "dataset": "Early help dashboard", "url": "https://example.org/early-help", "licence": "OGL-3.0" }
 *     }
 *   ],
 *   "rows": [
 *     { "indicator": "early-help-families", "area_code": "E09000008", "period": "2025/26", "value": 41.2 },
 *     { "indicator": "children-in-need", "area_code": "E05011462", "area_name": "Addiscombe East", "parent_code": "E09000008", "period": "2025/26", "value": 512.3 }
 *   ]
 * }
 * ```
 *
 * A custom indicator needs `slug` (lower-case letters, digits and hyphens, not one of the tool's),
 * `title`, `domain` (`stressful-circumstances`, `individual-vulnerabilities`,
 * `family-relationships` or `children-outcomes`), `unit` (`"percent"`, `"count"`, `"score"` or
 * `{"kind": "score", "label": "out of 10", "min": 0, "max": 10}`, or
 * `{"kind": "rate", "per": 1000, "of": "households"}`) and `polarity` (`high-is-bad`,
 * `high-is-good` or `no-judgement`). It may have `description`, `shortTitle`, `question`,
 * `decimals` (0 to 6), `fingertipsId` and `source` (`publisher`, `dataset`, `url`, `licence`).
 * Custom indicators can only be declared in JSON; CSV files carry rows.
 *
 * ## Problems
 *
 * Rows that cannot be used are left out and each is listed in `info().warnings`, naming the file,
 * the line (CSV) or row (JSON) and the reason; the rest of the file still loads. A file without the
 * required columns fails as a whole with a `SourceError` of kind `format`.
 */
export interface CouncilSourceOptions {
  /** The file's address, relative to the page or absolute. Ending in `.csv` means CSV; anything else is read as JSON. */
  url: string;
  /** The source whose catalogue, areas and figures the file's figures are shown with. */
  base: DataSource;
  /** The fetch to use; the page's own by default. */
  fetch?: typeof fetch;
  /** Give up after this many milliseconds (default 10 seconds). */
  timeoutMs?: number;
}

/** The most problems listed one by one in the source information; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 100;

/** A council's file as fetched. */
interface FetchedFile {
  text: string;
  /** The day it was fetched, as an ISO date. */
  fetchedOn: string;
}

/** One fetch per address for the whole page, however many sources ask. */
const fetches = new Map<string, Promise<FetchedFile>>();

/** Forgets fetched council files; for tests that need a fresh fetch. */
export function clearCouncilFileCache(): void {
  fetches.clear();
}

/** The file's name from its address: "/data/our-figures.csv?v=2" → "our-figures.csv". */
export function fileNameOf(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  const last = path.split('/').filter(Boolean).pop() ?? url;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function isCsvAddress(url: string): boolean {
  return /\.csv$/i.test(url.split(/[?#]/, 1)[0] ?? '');
}

/** Fetches the council's file once, noting the day. */
async function fetchFile(url: string, name: string, options: CouncilSourceOptions): Promise<FetchedFile> {
  const text = await fetchText(url, {
    what: name,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
  return { text, fetchedOn: new Date().toISOString().slice(0, 10) };
}

/** The file read against the base source's catalogue and areas, indexed for queries. */
interface LoadedFile {
  fetchedOn: string;
  parsed: ParsedFile;
  baseIndicators: IndicatorDefinition[];
  baseAreas: Area[];
  /** Slugs the base source answers for. */
  baseSlugs: Set<string>;
  subAreaCodes: Set<string>;
  /** The file's latest figure of each indicator for each area, keyed by indicator and area. */
  figures: Map<string, Observation>;
}


const key = (indicator: string, area: string) => `${indicator}\u0000${area}`;

/**
 * A data source for a council's own file, laid over another source: its areas and indicators are
 * the base's plus the file's sub-areas and custom indicators, and its figures are the base's with
 * the file's figure taking the place of the base's for the same indicator and area.
 */
export class CouncilSource implements DataSource {
  readonly url: string;
  /** The file's name as readers see it, e.g. "our-figures.csv". */
  readonly file: string;
  private readonly options: CouncilSourceOptions;
  private loading?: Promise<LoadedFile>;

  constructor(options: CouncilSourceOptions) {
    this.options = options;
    this.url = options.url;
    this.file = fileNameOf(options.url);
  }

  private fetchFile(): Promise<FetchedFile> {
    let fetching = fetches.get(this.url);
    if (!fetching) {
      fetching = fetchFile(this.url, this.file, this.options);
      fetching.catch(() => fetches.delete(this.url)); // let a later attempt try again
      fetches.set(this.url, fetching);
    }
    return fetching;
  }

  private read(text: string, indicators: readonly IndicatorDefinition[], areas: readonly Area[]): ParsedFile {
    const context = { file: this.file, url: this.url, indicators, areas };
    if (isCsvAddress(this.url)) {
      if (/^\s*<(!doctype|html|\?xml|head|body)/i.test(text)) throw this.webPage();
      return parseCsvText(text, context);
    }
    let data: unknown;
    try {
      data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
    } catch (error) {
      if (/^\s*</.test(text)) throw this.webPage();
      throw new SourceError(
        'format',
        `${this.file} is damaged or incomplete: it is not valid JSON. A file whose address does not end in .csv is read as JSON.`,
        this.url,
        { cause: error },
      );
    }
    return parseJsonData(data, context);
  }

  private webPage(): SourceError {
    return new SourceError(
      'format',
      `The address of ${this.file} returned a web page instead of data. Check the address, or whether a login page or proxy is in the way.`,
      this.url,
    );
  }

  private load(signal?: AbortSignal): Promise<LoadedFile> {
    this.loading ??= (async () => {
      const [fetched, baseIndicators, baseAreas] = await Promise.all([this.fetchFile(), this.options.base.indicators(), this.options.base.areas()]);
      const parsed = this.read(fetched.text, baseIndicators, baseAreas);
      const figures = new Map(parsed.observations.map((observation) => [key(observation.indicator, observation.area), observation]));
      return {
        fetchedOn: fetched.fetchedOn,
        parsed,
        baseIndicators,
        baseAreas,
        baseSlugs: new Set(baseIndicators.map((definition) => definition.slug)),
        subAreaCodes: new Set(parsed.subAreas.map((area) => area.code)),
        figures,
      };
    })();
    const loading = this.loading;
    loading.catch(() => {
      if (this.loading === loading) this.loading = undefined;
    });
    return whileWanted(loading, signal);
  }

  /** Every problem met in the file, in the order of the file (custom indicators first). */
  async problems(signal?: AbortSignal): Promise<Problem[]> {
    return [...(await this.load(signal)).parsed.problems];
  }

  async areas(signal?: AbortSignal): Promise<Area[]> {
    const { baseAreas, parsed } = await this.load(signal);
    return [...baseAreas, ...parsed.subAreas];
  }

  async indicators(signal?: AbortSignal): Promise<IndicatorDefinition[]> {
    const { baseIndicators, parsed } = await this.load(signal);
    return [...baseIndicators, ...parsed.indicators];
  }

  async observations(query: ObservationQuery, signal?: AbortSignal): Promise<Observation[]> {
    const loaded = await this.load(signal);
    const wantedAreas = query.areas ? new Set(query.areas) : undefined;
    const wantedIndicators = new Set(query.indicators);
    const fromBase = query.indicators.filter((slug) => loaded.baseSlugs.has(slug));
    const baseAreas = query.areas?.filter((code) => !loaded.subAreaCodes.has(code));
    const base =
      fromBase.length && (baseAreas === undefined || baseAreas.length)
        ? await this.options.base.observations({ indicators: fromBase, ...(baseAreas ? { areas: baseAreas } : {}) }, signal)
        : [];
    const answered = new Set<string>();
    const result: Observation[] = [];
    for (const observation of base) {
      const which = key(observation.indicator, observation.area);
      if (answered.has(which)) continue;
      answered.add(which);
      result.push(loaded.figures.get(which) ?? observation);
    }
    for (const observation of loaded.parsed.observations) {
      if (!wantedIndicators.has(observation.indicator) || (wantedAreas && !wantedAreas.has(observation.area))) continue;
      if (answered.has(key(observation.indicator, observation.area))) continue;
      result.push(observation);
    }
    return result;
  }

  async info(signal?: AbortSignal): Promise<SourceInfo> {
    const loaded = await this.load(signal);
    const base = await this.options.base.info(signal);
    const problems = loaded.parsed.problems;
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map(describeProblem);
    if (problems.length > MAX_LISTED_PROBLEMS) {
      listed.push(`${this.file}: ${problems.length - MAX_LISTED_PROBLEMS} more problems are not listed here. Correct the ones above and load the file again to see them.`);
    }
    const warnings = [...(base.warnings ?? []), ...listed];
    return {
      name: `Your data (${this.file})`,
      dataDate: loaded.fetchedOn,
      attribution: [...base.attribution, `Local figures from ${this.file}, supplied by the council, loaded on ${dateInWords(loaded.fetchedOn)}.`],
      ...(base.notice ? { notice: base.notice } : {}),
      ...(warnings.length ? { warnings } : {}),
    };
  }
}
