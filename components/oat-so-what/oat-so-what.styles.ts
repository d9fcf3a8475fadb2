import { css } from 'lit';

export const soWhatStyles = css`
  .so-what {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .title {
    margin: 0;
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
  }
  .intro,
  .message,
  .paragraph,
  .prompt,
  .example,
  .privacy,
  .problem,
  .credit,
  .sources {
    margin: 0;
  }
  .intro,
  .credit,
  .sources,
  .privacy {
    color: var(--_muted);
  }
  .credit,
  .sources {
    font-size: 0.875em;
  }
  .paper {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-inline-start: 0.3rem solid var(--_worse);
    border-radius: var(--_radius);
  }
  [data-well-placed='true'] .paper {
    border-inline-start-color: var(--_better);
  }
  .paper-title,
  .question-title {
    font-weight: 700;
  }
  .paragraph {
    max-width: 50rem;
  }
  .cited {
    margin: 0;
    padding-inline-start: 2em;
    font-size: 0.8125em;
  }
  .cited li {
    margin: 0.1em 0;
  }
  .cited li::marker {
    content: '[' counter(list-item) '] ';
  }
  .cited-title {
    font-weight: 700;
  }
  .questions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .question {
    display: grid;
    align-content: start;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .example {
    font-size: 0.875em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }
  .example-label {
    font-weight: 700;
  }
  .notes-tools {
    display: grid;
    gap: var(--_space);
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .problem {
    font-weight: 700;
  }
  .skeleton.block {
    height: 10rem;
  }
  @media print {
    .so-what {
      gap: 0.6rem;
      font-size: 0.85em;
    }
    .title {
      font-size: 1.2em;
    }
    .intro,
    .tools,
    .notes-tools,
    .example,
    .prompt {
      display: none;
    }
    .paper {
      gap: 0.3rem;
      padding: 0.4rem 0.6rem;
      break-inside: avoid;
    }
    /* The paragraph gives each cited figure; the list keeps how it was judged and where it came from. */
    .cited-figures {
      display: none;
    }
    .cited {
      font-size: 0.85em;
    }
    .questions {
      display: block;
    }
    /* Print keeps only the questions the team has written notes on. */
    .question:not(:has(.note-field:not([data-empty]))) {
      display: none;
    }
    .question {
      margin: 0 0 0.4rem;
      padding: 0.3rem 0.6rem;
      break-inside: avoid;
    }
    .note-field label {
      display: none;
    }
  }
`;
