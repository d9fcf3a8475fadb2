/** The template minifier of the one-file bundle: it takes out white space, never a character a reader sees. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss } from '../../scripts/rollup-minify-templates.mjs';

describe('minifying css templates', () => {
  it('keeps quoted strings as written: the space after “Team note:” is seen in print', () => {
    assert.equal(
      minifyCss(`\n  .row-note-text::before {\n    content: 'Team note: ';\n    font-weight: 700;\n  }\n`),
      ` .row-note-text::before{content:'Team note: ';font-weight:700}`,
    );
    assert.equal(minifyCss(`a::after { content: "  a ; b {x} "; }`), `a::after{content:"  a ; b {x} "}`);
  });

  it('takes out comments and the white space around punctuation', () => {
    assert.equal(minifyCss(`/* why */\n  .a > .b ,\n  .c {\n    color: red ;\n  }`), ` .a>.b,.c{color:red}`);
  });
});
