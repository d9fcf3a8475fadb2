import { expect } from '@open-wc/testing';
import { AreaNotes, MAX_NOTE_LENGTH, NOTES_FORMAT, plainText, storageKey, type NoteStorage } from './notes.js';
import { notesFileName, notesFileText, readNotesFile } from './notes-file.js';

/** A storage like the browser's, kept in a map, that can be told to refuse writes. */
class MapStorage implements NoteStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const BLACKPOOL = { code: 'E06000009', name: 'Blackpool' };
const KEYS = new Set(['question:fit', 'question:where', 'indicator:children-in-need']);
const open = (storage: NoteStorage | undefined, area = BLACKPOOL) => new AreaNotes(storage, area, KEYS);
const file = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: NOTES_FORMAT,
    version: 1,
    area: BLACKPOOL,
    saved: '2026-11-30T10:00:00.000Z',
    notes: { 'question:fit': 'Matches the early help caseload.' },
    ...overrides,
  });

describe('a team’s notes', () => {
  it('are kept per area and read back when the page is opened again', () => {
    const storage = new MapStorage();
    const notes = open(storage);
    notes.set('question:fit', 'Practitioners see this too.');
    notes.set('indicator:children-in-need', 'Rising since 2022.');
    const again = open(storage);
    expect(again.get('question:fit')).to.equal('Practitioners see this too.');
    expect(again.get('indicator:children-in-need')).to.equal('Rising since 2022.');
    expect(open(storage, { code: 'E06000041', name: 'Wokingham' }).count, 'another area has its own notes').to.equal(0);
    expect([...storage.items.keys()]).to.deep.equal([storageKey('E06000009')]);
  });

  it('forget an emptied note, and keep nothing for notes the assessment does not have', () => {
    const storage = new MapStorage();
    const notes = open(storage);
    notes.set('question:fit', 'Something');
    notes.set('question:fit', '   ');
    notes.set('question:elsewhere', 'ignored');
    expect(notes.count).to.equal(0);
    expect(storage.items.size).to.equal(0);
  });

  it('are plain text: markup stays as typed, control characters go, and a note is cut to its limit', () => {
    const notes = open(new MapStorage());
    notes.set('question:fit', '<img src=x onerror=alert(1)>\r\nline two\u0000');
    expect(notes.get('question:fit')).to.equal('<img src=x onerror=alert(1)>\nline two');
    notes.set('question:where', 'x'.repeat(MAX_NOTE_LENGTH + 10));
    expect(notes.get('question:where')).to.have.length(MAX_NOTE_LENGTH);
    expect(plainText('a\tb\u0007c')).to.equal('a\tbc');
  });

  it('survive an export and import round trip', () => {
    const notes = open(new MapStorage());
    notes.set('question:fit', 'Fits what the family hubs report.');
    notes.set('indicator:children-in-need', 'Check the 2023 spike.');
    const text = notesFileText(notes, new Date('2026-12-01T09:00:00Z'));
    expect(notesFileName(notes, new Date('2026-12-01T09:00:00Z'))).to.equal('oat-notes-blackpool-2026-12-01.json');
    const elsewhere = open(new MapStorage());
    elsewhere.set('question:where', 'This will be replaced.');
    const outcome = readNotesFile(elsewhere, text, 'team.json');
    expect(outcome).to.deep.equal({
      ok: true,
      message: '2 notes read from team.json (saved 1 December 2026); they replace the notes this browser kept for Blackpool.',
    });
    expect(elsewhere.get('question:fit')).to.equal('Fits what the family hubs report.');
    expect(elsewhere.get('indicator:children-in-need')).to.equal('Check the 2023 spike.');
    expect(elsewhere.get('question:where')).to.equal('');
  });

  const hostile: [string, string, RegExp][] = [
    ['not JSON', '<html><script>alert(1)</script></html>', /not a notes file saved by this assessment \(it is not JSON\)/],
    ['another format', JSON.stringify({ format: 'something-else', notes: {} }), /not a notes file saved by this assessment\./],
    ['a later version', file({ version: 2 }), /notes format this version cannot read \(version 2\)/],
    [
      'another area',
      file({ area: { code: 'E09000008', name: 'Croydon' } }),
      /its notes are for Croydon \(E09000008\), and this assessment is for Blackpool \(E06000009\)/,
    ],
    ['no area', file({ area: 'Blackpool' }), /does not say which area/],
    [
      'an unknown note',
      file({ notes: { 'question:fit': 'ok', 'indicator:made-up': 'x' } }),
      /a note on “indicator:made-up”, which this assessment does not have/,
    ],
    [
      'a prototype key',
      '{"format":"oat-elements-notes","version":1,"area":{"code":"E06000009","name":"Blackpool"},"saved":"2026-11-30T10:00:00Z","notes":{"__proto__":{"polluted":true}}}',
      /a note on “__proto__”/,
    ],
    ['a note that is not text', file({ notes: { 'question:fit': { html: '<b>x</b>' } } }), /its note on “question:fit” is not text/],
    ['an over-long note', file({ notes: { 'question:fit': 'x'.repeat(MAX_NOTE_LENGTH + 1) } }), /longer than 5,000 characters/],
    ['no date', file({ saved: 'yesterday' }), /does not say when it was saved/],
    ['a huge file', `{"format":"oat-elements-notes","padding":"${'x'.repeat(300_000)}"}`, /too large for a notes file/],
  ];
  for (const [what, text, message] of hostile) {
    it(`refuse a file with ${what}, with a message, and leave the notes as they were`, () => {
      const notes = open(new MapStorage());
      notes.set('question:fit', 'Kept.');
      const outcome = readNotesFile(notes, text, 'suspect.json');
      expect(outcome.ok).to.equal(false);
      expect(outcome.message)
        .to.match(/^suspect\.json was not read: /)
        .and.to.match(message)
        .and.to.match(/Your notes are unchanged\.$/);
      expect(notes.get('question:fit')).to.equal('Kept.');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }

  it('say so when the browser will not keep them, and still hold them while the page is open', () => {
    const storage = new MapStorage();
    storage.full = true;
    const notes = open(storage);
    notes.set('question:fit', 'Still here.');
    expect(notes.get('question:fit')).to.equal('Still here.');
    expect(notes.problem).to.match(/would not keep the notes/);
    const none = open(undefined);
    expect(none.problem).to.match(/not keeping notes .* export them to keep them/);
  });

  it('tell listeners when a note changes', () => {
    const notes = open(new MapStorage());
    let calls = 0;
    const stop = notes.subscribe(() => calls++);
    notes.set('question:fit', 'a');
    readNotesFile(notes, file(), 'team.json');
    stop();
    notes.set('question:fit', 'b');
    expect(calls).to.equal(2);
  });
});
