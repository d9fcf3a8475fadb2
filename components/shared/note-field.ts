import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { MAX_NOTE_LENGTH, type AreaNotes } from '../../src/notes/notes.js';

export const noteFieldStyles = css`
  .note-field {
    display: grid;
    gap: 0.25em;
  }
  .note-field label {
    font-size: 0.875em;
    font-weight: 700;
  }
  .note-field textarea {
    width: 100%;
    min-height: 4.5em;
    padding: 0.4em 0.5em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    resize: vertical;
  }
  .note-field textarea:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .note-print {
    display: none;
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  details.row-notes {
    font-size: 0.875em;
  }
  details.row-notes summary {
    cursor: pointer;
    width: fit-content;
    padding: 0.25em 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  details.row-notes summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .row-note-text {
    display: block;
    margin: 0.25em 0 0;
    font-weight: 400;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .row-note-text.while-editing {
    display: none;
  }
  .row-note-text::before {
    content: 'Team note: ';
    font-weight: 700;
  }
  @media print {
    .note-field textarea,
    details.row-notes {
      display: none;
    }
    .note-field[data-empty] {
      display: none;
    }
    .note-print,
    .row-note-text.while-editing {
      display: block;
    }
  }
`;

/**
 * A labelled box for a team's note, kept as the reader types. Notes are plain text: the box shows them
 * as typed, and print shows the text in place of the box (an empty note prints nothing).
 */
export function noteField(notes: AreaNotes, key: string, label: string | TemplateResult, id: string): TemplateResult {
  const text = notes.get(key);
  return html`<div class="note-field" part="note" ?data-empty=${!text.trim()} data-note=${key}>
    <label for=${id}>${label}</label>
    <textarea
      id=${id}
      rows="3"
      maxlength=${MAX_NOTE_LENGTH}
      .value=${live(text)}
      @input=${(event: Event) => notes.set(key, (event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="note-print">${text}</p>
  </div>`;
}

/**
 * A row's note, folded away until opened: "Team notes" with the indicator's name for screen readers.
 * A written note is shown under the row whether the box is open or not, and printed with it.
 */
export function rowNote(notes: AreaNotes, key: string, title: string, id: string, open: boolean, onToggle: (open: boolean) => void): TemplateResult {
  const text = notes.get(key);
  return html`<details class="row-notes" ?open=${open} @toggle=${(event: Event) => onToggle((event.target as HTMLDetailsElement).open)}>
      <summary>${text.trim() ? 'Edit team note' : 'Add a team note'}<span class="visually-hidden">: ${title}</span></summary>
      ${open ? noteField(notes, key, html`Team note on ${title}`, id) : nothing}
    </details>
    ${text.trim() ? html`<span class="row-note-text ${open ? 'while-editing' : ''}" part="row-note" data-note=${key}>${text}</span>` : nothing}`;
}
