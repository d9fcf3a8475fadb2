/**
 * "Download figures (CSV)" on the real snapshot: one row per indicator, the figures equal to the
 * snapshot's, the verdict and method as the page words them, and every cell a spreadsheet could run
 * as a formula neutralised – including those a hostile council file could carry.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/oat-assessment/define.js';
import type { OatAssessment } from '../../components/oat-assessment/oat-assessment.js';
import { ENGLAND, type DataSource, type IndicatorDefinition, type Observation, type ObservationQuery } from '../../src/model.js';
import { SnapshotSource } from '../../src/sources/snapshot.js';
import { CSV_COLUMNS, csvCell, figuresCsv, neutralise } from '../../src/view-models/figures-csv.js';
import { loadAssessmentView } from '../../src/view-models/assessment-view.js';
import { methodShortText, verdictText } from '../../src/format/verdict.js';
import { coreComparison, settled } from './helpers.js';
import { savedFile } from './saved-file.js';

/** Reads CSV text (quoted fields, doubled quotes, CRLF) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

const asRecords = (text: string) => {
  expect(text.charCodeAt(0), 'starts with a byte-order mark for spreadsheets').to.equal(0xfeff);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).to.deep.equal([...CSV_COLUMNS]);
  return rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])) as Record<(typeof CSV_COLUMNS)[number], string>);
};

/** A source that answers from the snapshot but with hostile text where a council's file could put it. */
class HostileSource implements DataSource {
  private readonly inner = new SnapshotSource();
  areas = (signal?: AbortSignal) => this.inner.areas(signal);
  info = (signal?: AbortSignal) => this.inner.info(signal);
  async indicators(): Promise<IndicatorDefinition[]> {
    return (await this.inner.indicators()).map((definition) =>
      definition.slug === 'children-in-need' ? { ...definition, title: '=HYPERLINK("http://evil.example","Click")' } : definition,
    );
  }
  async observations(query: ObservationQuery, signal?: AbortSignal): Promise<Observation[]> {
    return (await this.inner.observations(query, signal)).map((observation) =>
      observation.indicator === 'children-in-need' && observation.area === 'E06000009'
        ? {
            ...observation,
            note: '-2+3',
            provenance: { publisher: '@SUM(A1:A9)', dataset: '+cmd|calc', licence: '\tTabbed', asOf: '2026-11-22', kind: 'council', via: '\rreturn.csv' },
          }
        : observation,
    );
  }
}

describe('the figures as CSV', () => {
  it('has one row per indicator for Blackpool, with figures equal to the snapshot', async () => {
    const source = new SnapshotSource();
    const view = await loadAssessmentView(source, 'E06000009');
    const records = asRecords(figuresCsv(view));
    const definitions = await source.indicators();
    expect(records.map((record) => record['Indicator id'])).to.have.members(definitions.map((definition) => definition.slug));
    expect(records).to.have.length(27);
    const observations = await source.observations({ indicators: definitions.map((d) => d.slug), areas: ['E06000009', ENGLAND] });
    for (const record of records) {
      const slug = record['Indicator id'];
      const local = observations.find((o) => o.indicator === slug && o.area === 'E06000009');
      const england = observations.find((o) => o.indicator === slug && o.area === ENGLAND);
      expect(record['Area code']).to.equal('E06000009');
      expect(record.Area).to.equal('Blackpool');
      expect(record['Compared with']).to.equal('England');
      expect(record.Value, slug).to.equal(local?.value == null ? '' : String(local.value));
      expect(record.Count, slug).to.equal(local?.count == null ? '' : String(local.count));
      expect(record.Denominator, slug).to.equal(local?.denominator == null ? '' : String(local.denominator));
      expect(record.Period, slug).to.equal(local?.period.label ?? '');
      expect(record['England value'], slug).to.equal(england?.value == null ? '' : String(england.value));
      const comparison = await coreComparison(slug, 'E06000009');
      expect(record.Verdict, slug).to.equal(neutralise(verdictText(comparison)));
      expect(record['How judged'], slug).to.equal(methodShortText(comparison));
      if (local?.value != null) {
        expect(record.Publisher, slug).to.not.equal('');
        expect(record.Licence, slug).to.equal('Open Government Licence v3.0');
      } else {
        expect(record.Note, slug).to.not.equal('');
      }
      if (comparison.interval) {
        expect(Number(record['Lower 95% limit']), slug).to.be.closeTo(
          comparison.interval.lower,
          10 ** -(view.domains.flatMap((d) => d.indicators).find((i) => i.definition.slug === slug)!.definition.decimals + 2),
        );
        expect(record.Interval, slug).to.match(/95% interval/);
      }
    }
    const breakdown = records.find((record) => record['Indicator id'] === 'relationship-breakdown')!;
    // As the snapshot holds them (the page shows 15.5% and 11.3%).
    expect([breakdown.Value, breakdown['England value'], breakdown.Period]).to.deep.equal(['15.488', '11.314', 'Census 2021']);
    // A figure read from DfE's LAIT is credited to its own publisher, and says where it was read.
    const youthJustice = records.find((record) => record['Indicator id'] === 'first-time-entrants-youth-justice')!;
    expect([youthJustice.Publisher, youthJustice.Dataset]).to.deep.equal([
      'Youth Justice Board and Ministry of Justice',
      'Youth justice statistics (as republished in Department for Education, Local authority interactive tool (LAIT))',
    ]);
  });

  it('neutralises every cell a spreadsheet could run as a formula', async () => {
    expect(['=1+1', '+1', '-1', '@A1', '\tx', '\rx', 'plain', '1-2'].map(neutralise)).to.deep.equal([
      "'=1+1",
      "'+1",
      "'-1",
      "'@A1",
      "'\tx",
      "'\rx",
      'plain',
      '1-2',
    ]);
    expect(csvCell('a, "b"')).to.equal('"a, ""b"""');
    expect(csvCell(-1.5), 'numbers are written as numbers').to.equal('-1.5');
    const view = await loadAssessmentView(new HostileSource(), 'E06000009');
    const records = asRecords(figuresCsv(view));
    const hostile = records.find((record) => record['Indicator id'] === 'children-in-need')!;
    expect(hostile.Indicator).to.equal('\'=HYPERLINK("http://evil.example","Click")');
    expect(hostile.Publisher).to.equal("'@SUM(A1:A9)");
    expect(hostile.Dataset).to.equal("'+cmd|calc");
    expect(hostile.Licence).to.equal("'\tTabbed");
    expect(hostile.Note.startsWith("'-2+3")).to.equal(true);
    for (const record of records) {
      for (const [column, cell] of Object.entries(record)) {
        if (/^-?\d/.test(cell) && !Number.isNaN(Number(cell))) continue;
        expect(cell, `${record['Indicator id']} ${column}`).to.not.match(/^[=+\-@\t\r]/);
      }
    }
  });

  it('is offered by the assessment as “Download figures (CSV)”, named after the area', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1200px"><oat-assessment area="E06000009" .noteStorage=${null}></oat-assessment></div>`,
    );
    const element = wrapper.querySelector<OatAssessment>('oat-assessment')!;
    await settled(element);
    const button = [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Download figures (CSV)')!;
    const file = await savedFile(() => button.click());
    expect(file.name).to.equal('oat-figures-blackpool.csv');
    expect([...file.bytes.slice(0, 3)], 'a UTF-8 byte-order mark, so spreadsheets read the text right').to.deep.equal([0xef, 0xbb, 0xbf]);
    const records = asRecords(file.text);
    expect(records).to.have.length(27);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="actions"] [role="status"]')!.textContent).to.equal(
      'The figures for Blackpool were saved as oat-figures-blackpool.csv.',
    );
  });
});
