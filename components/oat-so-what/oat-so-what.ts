import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, initialState } from '@lit/task';
import type { Area } from '../../src/model.js';
import { MAX_NOTES_FILE, type AreaNotes, type NoteStorage } from '../../src/notes/notes.js';
import { notesFileName, notesFileText, readNotesFile } from '../../src/notes/notes-file.js';
import { loadAssessmentView } from '../../src/view-models/assessment-view.js';
import { soWhatView, type SoWhatInput, type SoWhatView } from '../../src/view-models/so-what-view.js';
import { browserNoteStorage, openNotes } from '../shared/browser-notes.js';
import { errorMessage } from '../shared/messages.js';
import { noteField, noteFieldStyles } from '../shared/note-field.js';
import { noticeStyles, sourceNotice } from '../shared/notice.js';
import { OatElement, OatHeadedElement } from '../shared/oat-element.js';
import { saveText } from '../shared/save-file.js';
import { soWhatStyles } from './oat-so-what.styles.js';

let instances = 0;

/**
 * "So what?": the step from an area's figures to a local case for change. The original tool's four
 * questions – how the picture fits what practitioners see, which groups are at greater risk, whether
 * services already meet them, and where in the area the pressure is highest – each asked of this area
 * from its opportunity reading, with what the pilot councils did, credited. It writes one paragraph a
 * lead could lift into a paper, every figure in it cited with its period, verdict, method and source,
 * and keeps a team's notes on each question in the reader's browser (never sent anywhere), to export
 * and import as one small file.
 *
 * @summary The "so what?" questions, a paragraph for a paper and a team's notes, for one area.
 * @tag oat-so-what
 *
 * @attr area - The area's ONS code, e.g. `E06000009` (Blackpool). Inside `<oat-provider>` it defaults to the provider's area.
 * @attr source - Where the figures come from: `snapshot` (default), `fingertips` (live, falling back to the snapshot) or the address of a council's `.csv` or `.json` file.
 * @attr api-base - With `source="fingertips"`: the API's address, e.g. a same-origin proxy `/fingertips-api`.
 * @attr heading-level - Heading level (1–6) of the section's title; 3 by default. The questions take the next level.
 * @attr notes - `on` (default) shows a notes box per question, kept in this browser; `off` hides notes altogether.
 *
 * @csspart base - The whole section.
 * @csspart title - The section's title.
 * @csspart paragraph - The paragraph for a paper, with the figures it cites.
 * @csspart citations - The list of figures the paragraph cites.
 * @csspart copy - The "Copy paragraph and figures" button.
 * @csspart questions - The list of the four questions.
 * @csspart question - Each question, with its prompt, the pilot council's example and the notes box.
 * @csspart example - Each pilot council's example.
 * @csspart note - Each notes box.
 * @csspart notes-tools - Where notes are kept, and the export and import buttons.
 * @csspart credit - The credit to the original tool.
 * @csspart status - The loading or error message.
 *
 * @cssprop --oat-space - Base spacing unit.
 * @cssprop --oat-color-border - Borders around the paragraph and the questions.
 * @cssprop --oat-color-surface - Background of the notes boxes.
 * @cssprop --oat-color-focus - Focus outline colour.
 */
export class OatSoWhat extends OatHeadedElement {
  static override styles = [...OatElement.styles, noticeStyles, noteFieldStyles, soWhatStyles];

  /** The area's ONS code. */
  @property({ reflect: true }) area?: string;

  /** `on` or `off`: whether to show the notes boxes. */
  @property({ reflect: true }) notes: 'on' | 'off' | string = 'on';

  /** A ready-made assessment to show instead of loading one (`<oat-assessment>` sets this). */
  @property({ attribute: false }) data?: SoWhatInput;

  /** The notes to show and keep, shared with the rest of an assessment; by default this element opens the area's own. */
  @property({ attribute: false }) notesStore?: AreaNotes;

  /**
   * Where this element keeps the notes it opens itself: the browser's `localStorage` by default; `null`
   * keeps them only while the page is open. Tests and stories hand in their own.
   */
  @property({ attribute: false }) noteStorage?: NoteStorage | null;

  @state() private message = '';
  @state() private copyMessage = '';

  /** The notes this element opened itself, and the storage they were opened on. */
  private ownNotes?: AreaNotes;
  private ownNotesStorage?: NoteStorage | null;
  /** The notes whose changes re-render this element. */
  private subscribed?: AreaNotes;
  private unsubscribe?: () => void;
  private readonly idPrefix = `oat-so-what-${++instances}`;

  private readonly loading = this.track(
    new Task(this, {
      task: async ([area, ready], { signal }) => (ready ? initialState : loadAssessmentView(this.resolveSource(), area, signal)),
      args: () => [this.areaOr(this.area), this.data, ...this.sourceKey()] as const,
    }),
  );

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override render(): TemplateResult {
    if (this.data) return this.renderView(this.data, false);
    return this.loading.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (view) => this.renderView(view, true),
      error: (error) => html`<section class="so-what" part="base">
        <div class="title" part="title" role="heading" aria-level=${this.headingLevelOr(3)}>The “so what?” questions could not be shown</div>
        <p class="message" part="status">${errorMessage(error)}</p>
      </section>`,
    }) as TemplateResult;
  }

  private renderLoading(): TemplateResult {
    return html`<section class="so-what" part="base" aria-busy="true">
      <span class="skeleton"></span><span class="skeleton block"></span>
      <p class="message" part="status" role="status">Loading the “so what?” questions…</p>
    </section>`;
  }

  /** The notes in effect for the area: the shared store, else this element's own (opened again when the area changes). */
  private notesFor(input: SoWhatInput): AreaNotes | undefined {
    if (this.notes === 'off') return undefined;
    const store = this.notesStore ?? this.openOwn(input);
    if (!this.unsubscribe || this.subscribed !== store) {
      this.unsubscribe?.();
      this.subscribed = store;
      this.unsubscribe = store.subscribe(() => this.requestUpdate());
    }
    return store;
  }

  private openOwn(input: SoWhatInput): AreaNotes {
    const storage = this.noteStorage === null ? undefined : (this.noteStorage ?? browserNoteStorage());
    if (!this.ownNotes || this.ownNotes.area.code !== input.area.code || this.ownNotesStorage !== this.noteStorage) {
      this.ownNotesStorage = this.noteStorage;
      this.ownNotes = openNotes(
        storage,
        input.area,
        input.domains.flatMap((domain) => domain.indicators.map((view) => view.definition.slug)),
      );
    }
    return this.ownNotes;
  }

  /** The view of the last input, kept so that typing a note does not work the paragraph out again. */
  private built?: { input: SoWhatInput; view: SoWhatView };

  private renderView(input: SoWhatInput, ownSource: boolean): TemplateResult {
    if (this.built?.input !== input) this.built = { input, view: soWhatView(input) };
    const view = this.built.view;
    const notes = this.notesFor(input);
    const level = this.headingLevelOr(3);
    const sub = Math.min(level + 1, 6);
    return html`<section class="so-what" part="base" aria-labelledby="${this.idPrefix}-title" data-well-placed=${view.wellPlaced ? 'true' : 'false'}>
      <div class="title" part="title" role="heading" aria-level=${level} id="${this.idPrefix}-title">So what? From ${view.area.name}’s figures to a case for change</div>
      ${ownSource ? sourceNotice(input.info) : nothing}
      <p class="intro">
        The tool ends with four questions to talk through with colleagues. Here they are asked of ${view.area.name}’s figures, each with
        what a council in the Local Family Offer pilots did.
      </p>
      ${this.renderParagraph(view, sub)}
      <ol class="questions" part="questions">
        ${view.questions.map(
          (question, index) => html`<li class="question" part="question" data-question=${question.id}>
            <div class="question-title" role="heading" aria-level=${sub}>${index + 1}. ${question.question}</div>
            <p class="prompt">${question.prompt}</p>
            <p class="example" part="example"><span class="example-label">In the pilots:</span> ${question.example.council} ${question.example.text}</p>
            ${notes ? noteField(notes, question.noteKey, `Your team’s notes on question ${index + 1}`, `${this.idPrefix}-${question.id}`) : nothing}
          </li>`,
        )}
      </ol>
      ${notes ? this.renderNotesTools(notes, view.area) : nothing}
      <p class="credit" part="credit">${view.credit}</p>
    </section>`;
  }

  private renderParagraph(view: SoWhatView, level: number): TemplateResult {
    return html`<div class="paper" part="paragraph">
      <div class="paper-title" role="heading" aria-level=${level}>For a paper or briefing</div>
      <p class="paragraph">${view.paragraph}</p>
      <ol class="cited" part="citations" aria-label="Figures cited in the paragraph">
        ${view.citations.map(
          (citation) => html`<li value=${citation.number} data-indicator=${citation.slug}>
            <span class="cited-title">${citation.title}</span>:
            <span class="cited-figures"
              >${view.area.name} <span data-field="value">${citation.value}</span>, England <span data-field="england">${citation.england}</span>${
                citation.englandPeriod ? ` (${citation.englandPeriod})` : ''
              }, <span data-field="period">${citation.period}</span>. <span data-field="verdict">${citation.verdict}</span>;</span
            >
            <span data-field="method">${citation.method}</span>. Source: <span data-field="source">${citation.source}</span>.
          </li>`,
        )}
      </ol>
      <p class="sources">${view.sources}</p>
      <div class="tools">
        <button type="button" class="toggle" part="copy" @click=${() => this.copy(view)}>Copy paragraph and figures</button>
        <span class="export-status" role="status">${this.copyMessage}</span>
      </div>
    </div>`;
  }

  private renderNotesTools(notes: AreaNotes, area: Area): TemplateResult {
    return html`<div class="notes-tools" part="notes-tools">
      <p class="privacy">
        Notes are kept in this browser on this device, for ${area.name} only, and are never sent anywhere. To share them with your team or
        keep them safe, export them as a file; importing a file replaces the notes kept here for ${area.name}.
      </p>
      ${notes.problem ? html`<p class="problem">${notes.problem}</p>` : nothing}
      <div class="tools">
        <button type="button" class="toggle" @click=${() => this.exportNotes(notes)}>Export notes</button>
        <button type="button" class="toggle" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click()}>Import notes</button>
        <input type="file" accept=".json,application/json" hidden aria-label="Notes file to import" @change=${(event: Event) => this.importNotes(notes, event)} />
      </div>
      <p class="export-status" role="status" part="status">${this.message}</p>
    </div>`;
  }

  private exportNotes(notes: AreaNotes): void {
    const now = new Date();
    saveText(notesFileText(notes, now), notesFileName(notes, now), 'application/json', this.renderRoot);
    this.message = notes.count
      ? `Exported ${notes.count === 1 ? '1 note' : `${notes.count} notes`} for ${notes.area.name}.`
      : `Exported an empty notes file for ${notes.area.name}.`;
  }

  private async importNotes(notes: AreaNotes, event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Refuse a file far too large before reading it; notes files are small.
    if (file.size > MAX_NOTES_FILE * 4) {
      this.message = `${file.name} was not read: it is too large for a notes file. Your notes are unchanged.`;
      return;
    }
    this.message = readNotesFile(notes, await file.text(), file.name).message;
  }

  private async copy(view: SoWhatView): Promise<void> {
    try {
      await navigator.clipboard.writeText(view.plainText);
      this.copyMessage = 'Copied: paste it into your paper.';
    } catch {
      const paper = this.renderRoot.querySelector('.paper');
      const selection = window.getSelection();
      if (paper && selection) {
        const range = document.createRange();
        range.selectNodeContents(paper.querySelector('.paragraph') ?? paper);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      this.copyMessage = 'This browser would not copy it for you: the paragraph is selected, so press Ctrl+C (or ⌘C) to copy it.';
    }
  }
}
