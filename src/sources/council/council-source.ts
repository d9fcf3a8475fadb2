import { dateInWords } from '../../format/date.js';
import type { Area, DataSource, IndicatorDefinition, Observation, ObservationQuery, SourceInfo } from '../../model.js';
import { whileWanted } from '../abort.js';
import type { SourceError } from '../errors.js';
import { originPolicy, type OriginPolicy } from '../origins.js';
import { fileNameOf, loadCouncilFile, type Loaded } from './load-file.js';
import { figureKey } from './mixing.js';
import { describeProblem, type Problem } from './problems.js';

export { clearCouncilFileCache, fileNameOf } from './load-file.js';

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
 *   "source": { "publisher": "Croydon Council", "dataset": "Children's services monthly return", "licence": "OGL-3.0" },
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
 * Custom indicators can only be declared in JSON; CSV files carry rows. A JSON file's own `source`
 * (`publisher`, `dataset`, `url`, `licence`) says where all its figures come from; a custom
 * indicator's `source` fills in or overrides it for that indicator's figures. A CSV file states no
 * licence, so its figures carry none.
 *
 * ## Where the figures come from
 *
 * Every figure the file supplies carries `provenance` with `kind: 'council'`, the file's name in
 * `via`, the day it was read and the licence the file declares (or null when it states none). The
 * base source's figures keep their own provenance. The rules for mixing the two are in mixing.ts:
 * a file's figure takes the place of a published one only for the same indicator, area and period,
 * or a later period; England's and a region's published figures are never replaced. Text from the
 * file is cleaned of control and bidirectional characters, and very long text is cut short, the
 * whole being kept (`fullText`). Every row goes through the same plausibility check as published
 * figures.
 *
 * The file is read only from the page's own website, unless the page allows another one (see
 * origins.ts).
 *
 * ## Problems
 *
 * Rows that cannot be used are left out and each is listed in `info().warnings`, naming the file,
 * the line (CSV) or row (JSON) and the reason; the rest of the file still loads.
 *
 * A file that cannot be used at all – not found, unreachable, refused, damaged, without the required
 * columns, empty, a header only, `[]`, or with no row that could be used – never blanks the page:
 * the source then answers with the base source's figures, under the base's name, with a notice
 * naming the file and the cause. Only when the base cannot be loaded either does it fail, with the
 * file's error.
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
  /** Where the file may come from: by default the page's own website only. */
  origins?: OriginPolicy;
  /** The day to judge "in the future" by; today by default. */
  today?: Date;
}

/** The most problems listed one by one in the source information; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 100;

/** "Embedded snapshot" → "the embedded snapshot"; a name such as "OHID Fingertips (live)" stays as it is. */
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? `the ${name[0]!.toLowerCase()}${name.slice(1)}` : name;
}

/**
 * A data source for a council's own file, laid over another source: its areas and indicators are
 * the base's plus the file's sub-areas and custom indicators, and its figures are the base's with
 * the file's figures mixed in by the rules in mixing.ts.
 */
export class CouncilSource implements DataSource {
  readonly url: string;
  /** The file's name as readers see it, e.g. "our-figures.csv". */
  readonly file: string;
  private readonly options: CouncilSourceOptions;
  private readonly origins: OriginPolicy;
  private loading?: Promise<Loaded>;

  constructor(options: CouncilSourceOptions) {
    this.options = options;
    this.url = options.url;
    this.file = fileNameOf(options.url);
    this.origins = options.origins ?? originPolicy();
  }

  /**
   * Loads the file once for this source. A file that could not be used is remembered as such for the
   * life of the page: its notice says so, and reloading the page tries again.
   */
  private load(signal?: AbortSignal): Promise<Loaded> {
    this.loading ??= loadCouncilFile({
      url: this.url,
      file: this.file,
      base: this.options.base,
      origins: this.origins,
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
      ...(this.options.timeoutMs !== undefined ? { timeoutMs: this.options.timeoutMs } : {}),
      ...(this.options.today ? { today: this.options.today } : {}),
    });
    const loading = this.loading;
    loading.catch(() => {
      if (this.loading === loading) this.loading = undefined;
    });
    return whileWanted(loading, signal);
  }

  /** Why the file could not be used, when the base source's figures are shown instead; undefined when it is in use. */
  async failure(signal?: AbortSignal): Promise<SourceError | undefined> {
    const loaded = await this.load(signal);
    return loaded.kind === 'fallback' ? loaded.error : undefined;
  }

  /** Every problem met in the file, in the order of the file (custom indicators first). */
  async problems(signal?: AbortSignal): Promise<Problem[]> {
    const loaded = await this.load(signal);
    return [...(loaded.kind === 'file' ? loaded.parsed.problems : loaded.problems)];
  }

  /**
   * The whole of a text from the file that is shown cut short (ending "…") because it was too
   * long, or undefined when the text was not shortened.
   */
  async fullText(shown: string, signal?: AbortSignal): Promise<string | undefined> {
    const loaded = await this.load(signal);
    return loaded.kind === 'file' ? loaded.parsed.fullText.get(shown) : undefined;
  }

  async areas(signal?: AbortSignal): Promise<Area[]> {
    const loaded = await this.load(signal);
    return loaded.kind === 'file' ? [...loaded.baseAreas, ...loaded.parsed.subAreas] : [...loaded.baseAreas];
  }

  async indicators(signal?: AbortSignal): Promise<IndicatorDefinition[]> {
    const loaded = await this.load(signal);
    return loaded.kind === 'file' ? [...loaded.baseIndicators, ...loaded.parsed.indicators] : [...loaded.baseIndicators];
  }

  async observations(query: ObservationQuery, signal?: AbortSignal): Promise<Observation[]> {
    const loaded = await this.load(signal);
    if (loaded.kind === 'fallback') return this.options.base.observations(query, signal);
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
      const key = figureKey(observation.indicator, observation.area);
      if (answered.has(key)) continue;
      answered.add(key);
      result.push(loaded.shown.get(key) ?? observation);
    }
    for (const [key, observation] of loaded.shown) {
      if (!wantedIndicators.has(observation.indicator) || (wantedAreas && !wantedAreas.has(observation.area))) continue;
      if (answered.has(key)) continue;
      result.push(observation);
    }
    return result;
  }

  private listed(problems: readonly Problem[]): string[] {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map(describeProblem);
    if (problems.length > MAX_LISTED_PROBLEMS) {
      listed.push(
        `${this.file}: ${problems.length - MAX_LISTED_PROBLEMS} more problems are not listed here. Correct the ones above and load the file again to see them.`,
      );
    }
    return listed;
  }

  async info(signal?: AbortSignal): Promise<SourceInfo> {
    const loaded = await this.load(signal);
    const base = await this.options.base.info(signal);
    if (loaded.kind === 'fallback') {
      // Never "Your data" over figures that are not the council's: the base's name, and a notice saying why.
      const fallback = `${loaded.error.message} The figures shown are ${inSentence(base.name)}’s, of ${dateInWords(base.dataDate)}.`;
      const warnings = [...(base.warnings ?? []), ...this.listed(loaded.problems)];
      return {
        ...base,
        notice: base.notice ? `${fallback} ${base.notice}` : fallback,
        ...(warnings.length ? { warnings } : {}),
      };
    }
    const warnings = [...(base.warnings ?? []), ...loaded.notes, ...this.listed(loaded.parsed.problems)];
    return {
      name: `Your data (${this.file})`,
      dataDate: loaded.fetchedOn,
      attribution: [...base.attribution, `Local figures from ${this.file}, supplied by the council, loaded on ${dateInWords(loaded.fetchedOn)}.`],
      ...(base.notice ? { notice: base.notice } : {}),
      ...(warnings.length ? { warnings } : {}),
    };
  }
}
