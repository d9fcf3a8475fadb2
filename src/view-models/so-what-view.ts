/**
 * "So what?": from the figures to a local case for change. The original tool ends with four questions
 * that turn the filled-in map into a conversation, and with what the pilot councils did. This view asks
 * them of one area, each made specific from the opportunity reading, and writes one paragraph a lead
 * could lift into a paper – every figure in it cited to its row with the row's own period, verdict,
 * method and source.
 */
import { methodShortText, verdictText } from '../format/verdict.js';
import { provenanceShort } from '../format/provenance.js';
import type { Area, SourceInfo } from '../model.js';
import { questionNoteKey } from '../notes/notes.js';
import type { DomainView } from './assessment-view.js';
import { SO_WHAT_CREDIT } from './credit.js';
import { figureText, provenanceOf, sourcesLine } from './describe.js';
import type { IndicatorView } from './indicator-view.js';
import { opportunities } from './opportunities.js';
import { SO_WHAT_QUESTIONS, type SoWhatQuestionId } from './so-what-questions.js';

export { SO_WHAT_QUESTIONS, type SoWhatQuestionId };

/** What a pilot council of the Local Family Offer programme did, retold in a sentence. */
export interface PilotExample {
  council: string;
  text: string;
}

export interface SoWhatQuestion {
  id: SoWhatQuestionId;
  /** The question as the tool asks it of any area, in this library's words. */
  question: string;
  /** The question asked of this area, from its figures. */
  prompt: string;
  example: PilotExample;
  /** The key of the team's note on this question. */
  noteKey: string;
}

/** One figure the paragraph cites, with the same labels as its row. */
export interface Citation {
  /** Its number in the paragraph: "[1]". */
  number: number;
  slug: string;
  title: string;
  /** The area's figure, as its row shows it. */
  value: string;
  /** England's figure, as its row shows it. */
  england: string;
  /** The area's period. */
  period: string;
  /** England's period, when it differs from the area's. */
  englandPeriod?: string;
  /** The verdict, as its row words it. */
  verdict: string;
  /** How the verdict was reached, as the row's table says it. */
  method: string;
  /** Where the area's figure came from, as its row says it. */
  source: string;
}

/** How a set of indicators reads: on how many the area is worse placed, better placed, similar, and how many have figures. */
export interface Tally {
  worse: number;
  better: number;
  similar: number;
  withData: number;
  total: number;
}

export interface SoWhatView {
  area: Area;
  questions: SoWhatQuestion[];
  /** The paragraph, with its citations as "[1]", "[2]"… */
  paragraph: string;
  citations: Citation[];
  /** The paragraph and its cited figures as plain text, ready to paste into a paper. */
  plainText: string;
  /** The sources of the cited figures and where they reached the page from. */
  sources: string;
  pressures: Tally;
  outcomes: Tally;
  /** True when no measure reads worse than England: the area is better placed or similar throughout. */
  wellPlaced: boolean;
  credit: string;
}

/** What the view needs: an assessment's area, domains and source. */
export interface SoWhatInput {
  area: Area;
  domains: readonly DomainView[];
  info: SourceInfo;
}

const EXAMPLES: Record<SoWhatQuestionId, PilotExample> = {
  fit: {
    council: 'Blackburn with Darwen',
    text: 'set the tool’s high birth rate and high rate of domestic abuse beside what it already knew about residents facing several disadvantages at once, and added questions on them to the Adverse Childhood Experiences assessment its Early Help service uses.',
  },
  groups: {
    council: 'Croydon',
    text: 'saw more families out of work, in poverty and homeless than England’s average, so it based its offer in Gateway, its centre that helps families with money and housing.',
  },
  services: {
    council: 'Blackpool',
    text: 'saw high rates of relationship breakdown and of multiple deprivation, and made questions about relationships a routine part of its Family Assessment.',
  },
  where: {
    council: 'Dorset',
    text: 'found that Weymouth and Portland had the fourth highest divorce rate in England, and focused its offer there.',
  },
};

const QUESTIONS: Record<SoWhatQuestionId, string> = {
  fit: 'How does this picture fit with what practitioners see and what your own service data say?',
  groups: 'Which groups of families might be at greater risk of relationship difficulties?',
  services: 'Do your services already meet these families, and could every contact with them become a conversation about relationships?',
  where: 'Could local figures show where in the area the pressure is highest?',
};

/** "Parental mental health" → "parental mental health"; "NEET 16–17" and "SEN" keep their capitals. */
function inSentence(title: string): string {
  const first = title.split(/\s/)[0] ?? '';
  return first.length > 1 && first === first.toUpperCase() ? title : title.charAt(0).toLowerCase() + title.slice(1);
}

/** "a, b and c". */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const measures = (n: number) => (n === 1 ? '1 measure' : `${n} measures`);

function tally(views: readonly IndicatorView[]): Tally {
  const count = (verdict: string) => views.filter((view) => view.comparison.verdict === verdict).length;
  return { worse: count('worse'), better: count('better'), similar: count('similar'), withData: views.length - count('no-data'), total: views.length };
}

/** Numbers the figures the paragraph cites, each once. */
class Citations {
  readonly list: Citation[] = [];

  constructor(private readonly info: SourceInfo) {}

  /** The figure in words with its citation mark, e.g. "parental mental health (389.7 per 10,000 against England’s 141.0 per 10,000, 2024/25) [1]". */
  cite(view: IndicatorView): string {
    const citation = this.list.find((entry) => entry.slug === view.definition.slug) ?? this.add(view);
    const { value, england, period, englandPeriod } = citation;
    const byPosition = view.comparison.method === 'position' ? '; by position among councils' : '';
    const versus =
      view.england?.value == null
        ? `${value}, ${period}; no England figure${byPosition}`
        : englandPeriod
          ? `${value} in ${period}, against England’s ${england} in ${englandPeriod}${byPosition}`
          : `${value} against England’s ${england}, ${period}${byPosition}`;
    return `${inSentence(view.definition.shortTitle)} (${versus}) [${citation.number}]`;
  }

  private add(view: IndicatorView): Citation {
    const { definition, local, england, comparison } = view;
    const provenance = provenanceOf(view, local, this.info);
    const citation: Citation = {
      number: this.list.length + 1,
      slug: definition.slug,
      title: definition.title,
      value: figureText(view, local?.value),
      england: figureText(view, england?.value),
      period: local?.period.label ?? '',
      verdict: verdictText(comparison),
      method: methodShortText(comparison),
      source: provenance ? provenanceShort(provenance) : 'none',
    };
    if (england?.period.label && local && england.period.sortKey !== local.period.sortKey) citation.englandPeriod = england.period.label;
    this.list.push(citation);
    return citation;
  }
}

/** How many of the most telling figures each sentence cites. */
const CITED = 3;

function paragraphFor(area: Area, all: readonly IndicatorView[], pressures: Tally, outcomes: Tally, citations: Citations): string {
  const found = opportunities(all);
  const name = area.name;
  const sentences: string[] = [];
  const cite = (views: readonly IndicatorView[]) => listOf(views.slice(0, CITED).map((view) => citations.cite(view)));
  if (pressures.worse) {
    const less = pressures.better ? `, and less on ${pressures.better}` : '';
    sentences.push(
      `${name}’s families face more pressure than England’s on ${pressures.worse} of the ${measures(pressures.withData)} of pressure on families with figures${less}. The largest differences: ${cite(found.pressures)}.`,
    );
  } else {
    const less = pressures.better ? `, and less on ${pressures.better} of them` : '';
    sentences.push(
      `${name}’s families face more pressure than England’s on none of the ${measures(pressures.withData)} of pressure on families with figures${less}.`,
    );
  }
  if (outcomes.worse) {
    const better = outcomes.better ? `, and better on ${outcomes.better}` : '';
    sentences.push(
      `Its children fare worse than England’s on ${outcomes.worse} of the ${measures(outcomes.withData)} of children’s outcomes with figures${better}; the largest differences: ${cite(found.outcomes)}.`,
    );
  } else {
    const better = outcomes.better ? `, and better on ${outcomes.better} of them` : '';
    sentences.push(`Its children fare worse than England’s on none of the ${measures(outcomes.withData)} of children’s outcomes with figures${better}.`);
  }
  if (pressures.worse || outcomes.worse) {
    if (found.betterPlaced.length)
      sentences.push(`It is better placed than England on ${measures(found.betterPlaced.length)}, most clearly: ${cite(found.betterPlaced.slice(0, 2))}.`);
    sentences.push(`These are where support for parents’ relationships has the most to offer ${name}’s families and children.`);
  } else {
    if (found.betterPlaced.length) sentences.push(`The clearest differences: ${cite(found.betterPlaced)}.`);
    sentences.push(
      `On these figures ${name} is better placed than England overall, so the case for a Local Family Offer there rests on the families these averages hide, whom practitioners and ward figures can find.`,
    );
  }
  const missing = all.length - pressures.withData - outcomes.withData;
  if (missing)
    sentences.push(`${missing === 1 ? '1 of the' : `${missing} of the`} ${all.length} measures ${missing === 1 ? 'has' : 'have'} no figure for ${name}.`);
  return sentences.join(' ');
}

function questionsFor(area: Area, all: readonly IndicatorView[], pressures: Tally, outcomes: Tally): SoWhatQuestion[] {
  const found = opportunities(all);
  const name = area.name;
  const names = (views: readonly IndicatorView[]) => views.map((view) => inSentence(view.definition.shortTitle));
  const top = listOf(names(found.pressures.slice(0, CITED)));
  const anyWorse = pressures.worse + outcomes.worse > 0;
  const children = outcomes.worse ? `, and its children fare worse on ${outcomes.worse} of ${measures(outcomes.withData)}` : '';
  const prompts: Record<SoWhatQuestionId, string> = anyWorse
    ? {
        fit: pressures.worse
          ? `${name}’s families face more pressure than England’s on ${pressures.worse} of ${measures(pressures.withData)} with figures, most of all ${top}${children}. Does this fit what your practitioners see, and what your own service data say?`
          : `${name}’s families face no more pressure than England’s on any measure with figures${children}. Does this fit what your practitioners see, and what your own service data say?`,
        groups: found.pressures.length
          ? `The measures point to these groups: ${listOf(names(found.pressures))}. Which of them are largest in ${name}, and which families face several at once?`
          : `The pressures behind children’s outcomes are not visible in these figures for ${name}. Which families do your practitioners see at greatest risk?`,
        services: `Which of your services already meet ${found.pressures.length ? `families facing ${top}` : 'these families'}? What would it take for every contact with them to include the parents’ relationship, together or apart? Which voluntary and community groups already work with them?`,
        where: `These figures are for ${name} as a whole. Do you have ward or neighbourhood figures that show where ${found.pressures[0] ? inSentence(found.pressures[0].definition.shortTitle) : inSentence(found.outcomes[0]?.definition.shortTitle ?? 'the pressure')} is highest? A council can add its own ward figures to this assessment as a file.`,
      }
    : {
        fit: `On these figures ${name}’s families face less pressure than England’s on ${pressures.better} of ${measures(pressures.withData)} with figures, and more on none. Does that fit what your practitioners see – and which families do the averages hide?`,
        groups: `Fewer of ${name}’s families face these pressures than England’s, but some still do. Which groups are they here – families in poverty, parents caring for a relative, parents with mental ill-health, parents bringing up children alone?`,
        services: `Which of your services meet the families who do face these pressures, and could every contact with them include the parents’ relationship? Which voluntary and community groups already work with them?`,
        where: `These figures are for ${name} as a whole, and an area better placed than England overall can still have neighbourhoods under real pressure. Do you have ward or neighbourhood figures – on separation, lone parents or child poverty, say – that show where?`,
      };
  return SO_WHAT_QUESTIONS.map((id) => ({ id, question: QUESTIONS[id], prompt: prompts[id], example: EXAMPLES[id], noteKey: questionNoteKey(id) }));
}

/** The "so what?" of an assessment: its questions asked of the area, and a paragraph for a paper with its figures cited. */
export function soWhatView(input: SoWhatInput): SoWhatView {
  const all = input.domains.flatMap((domain) => domain.indicators);
  const pressures = tally(all.filter((view) => view.comparison.reads === 'pressure'));
  const outcomes = tally(all.filter((view) => view.comparison.reads === 'outcome'));
  const citations = new Citations(input.info);
  const paragraph = paragraphFor(input.area, all, pressures, outcomes, citations);
  const cited = all.filter((view) => citations.list.some((entry) => entry.slug === view.definition.slug));
  const sources = sourcesLine(cited, input.info);
  const figures = citations.list.map(
    (c) =>
      `[${c.number}] ${c.title}: ${input.area.name} ${c.value}, England ${c.england}${c.englandPeriod ? ` (${c.englandPeriod})` : ''}, ${c.period}. ${c.verdict}; ${c.method}. Source: ${c.source}.`,
  );
  return {
    area: input.area,
    questions: questionsFor(input.area, all, pressures, outcomes),
    paragraph,
    citations: citations.list,
    plainText: [paragraph, '', ...figures, sources].join('\n'),
    sources,
    pressures,
    outcomes,
    wellPlaced: pressures.worse + outcomes.worse === 0,
    credit: SO_WHAT_CREDIT,
  };
}
