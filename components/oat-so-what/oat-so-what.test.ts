import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { OatSoWhat } from './oat-so-what.js';
import type { NoteStorage } from '../../src/notes/notes.js';
import { settled } from '../../test/browser/helpers.js';
import { savedFile } from '../../test/browser/saved-file.js';

class MapStorage implements NoteStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

async function show(area: string, storage: NoteStorage | null, notes = 'on'): Promise<OatSoWhat> {
  const element = await fixture<OatSoWhat>(html`<oat-so-what area=${area} notes=${notes} .noteStorage=${storage}></oat-so-what>`);
  await settled(element);
  return element;
}

const box = (element: OatSoWhat, question: string) => element.shadowRoot!.querySelector<HTMLTextAreaElement>(`[data-question="${question}"] textarea`)!;
const status = (element: OatSoWhat) => (element.shadowRoot!.querySelector('.notes-tools [role="status"]')?.textContent ?? '').trim();
const button = (element: OatSoWhat, name: string) => [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;

async function type(element: OatSoWhat, question: string, value: string): Promise<void> {
  const field = box(element, question);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
}

/** Chooses a file in the element's file input, as a reader would, and waits for it to be read. */
async function choose(element: OatSoWhat, name: string, content: string): Promise<void> {
  const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  const before = status(element);
  input.dispatchEvent(new Event('change'));
  for (let i = 0; i < 50 && status(element) === before; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  await element.updateComplete;
}

describe('<oat-so-what>', () => {
  it('keeps a team’s notes per question in the browser, so they survive a reload, and sends nothing anywhere', async () => {
    const storage = new MapStorage();
    const fetches: string[] = [];
    const original = window.fetch;
    const element = await show('E06000009', storage);
    window.fetch = (input, init) => {
      fetches.push(String(input));
      return original(input, init);
    };
    try {
      await type(element, 'fit', 'Matches what the family hubs see.');
      await type(element, 'where', 'Ask public health for ward figures.');
    } finally {
      window.fetch = original;
    }
    expect(fetches).to.deep.equal([]);
    expect(element.shadowRoot!.textContent).to.contain('never sent anywhere');
    element.remove();
    const again = await show('E06000009', storage);
    expect(box(again, 'fit').value).to.equal('Matches what the family hubs see.');
    expect(box(again, 'where').value).to.equal('Ask public health for ward figures.');
    const other = await show('E06000041', storage);
    expect(box(other, 'fit').value, 'another area has its own notes').to.equal('');
  });

  it('exports the notes as one small file and imports them elsewhere', async () => {
    const element = await show('E06000009', new MapStorage());
    await type(element, 'fit', 'Fits the caseload.');
    await type(element, 'groups', 'Young carers: ask the carers’ centre.');
    const file = await savedFile(() => button(element, 'Export notes').click());
    expect(file.name).to.match(/^oat-notes-blackpool-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(file.text)).to.include({ format: 'oat-elements-notes', version: 1 });
    expect(status(element)).to.equal('Exported 2 notes for Blackpool.');

    const elsewhere = await show('E06000009', new MapStorage());
    await choose(elsewhere, file.name, file.text);
    expect(box(elsewhere, 'fit').value).to.equal('Fits the caseload.');
    expect(box(elsewhere, 'groups').value).to.equal('Young carers: ask the carers’ centre.');
    expect(status(elsewhere)).to.match(
      /^2 notes read from oat-notes-blackpool-.*\.json \(saved \d+ \w+ \d{4}\); they replace the notes this browser kept for Blackpool\.$/,
    );
  });

  it('refuses a hostile or foreign notes file with a message, and keeps the notes', async () => {
    const element = await show('E06000009', new MapStorage());
    await type(element, 'fit', 'Kept.');
    await choose(
      element,
      'evil.json',
      '{"format":"oat-elements-notes","version":1,"area":{"code":"E06000009","name":"Blackpool"},"saved":"2026-01-01","notes":{"__proto__":"x"}}',
    );
    expect(status(element)).to.match(/^evil\.json was not read: .*Your notes are unchanged\.$/);
    expect(box(element, 'fit').value).to.equal('Kept.');
    await choose(
      element,
      'croydon.json',
      JSON.stringify({ format: 'oat-elements-notes', version: 1, area: { code: 'E09000008', name: 'Croydon' }, saved: '2026-01-01', notes: {} }),
    );
    expect(status(element)).to.contain('its notes are for Croydon (E09000008), and this assessment is for Blackpool (E06000009)');
    await choose(element, 'page.html', '<!doctype html><script>alert(1)</script>');
    expect(status(element)).to.contain('page.html was not read: it is not a notes file saved by this assessment (it is not JSON).');
    expect(box(element, 'fit').value).to.equal('Kept.');
  });

  it('shows a note as plain text, never as markup, on screen and in print', async () => {
    const element = await show('E06000009', new MapStorage());
    const hostile = '<img src=x onerror="window.hacked=1"><b>bold?</b>';
    await type(element, 'services', hostile);
    expect(box(element, 'services').value).to.equal(hostile);
    expect(element.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[data-question="services"] .note-print')!.textContent).to.equal(hostile);
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('says when the browser is not keeping notes, and hides notes when asked to', async () => {
    const element = await show('E06000009', null);
    expect(element.shadowRoot!.querySelector('.problem')!.textContent).to.contain('export them to keep them');
    const off = await show('E06000009', new MapStorage(), 'off');
    expect(off.shadowRoot!.querySelectorAll('textarea')).to.have.length(0);
    expect(off.shadowRoot!.querySelector('[part="notes-tools"]')).to.equal(null);
    expect(off.shadowRoot!.querySelectorAll('[part="question"]')).to.have.length(4);
  });

  for (const width of [320, 1000]) {
    it(`is accessible at ${width}px`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style=${`width: ${width}px`}><oat-so-what area="E09000008" .noteStorage=${new MapStorage()}></oat-so-what></div>`,
      );
      const element = wrapper.querySelector<OatSoWhat>('oat-so-what')!;
      await settled(element);
      await expect(element).to.be.accessible();
    });
  }
});
