import { expect } from '@open-wc/testing';
import { cleanShort, cleanText, stripControls, TEXT_LIMITS } from './clean-text.js';

describe('text from files', () => {
  it('drops bidirectional controls, so an unterminated right-to-left override cannot reverse what follows', () => {
    for (const control of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C']) {
      expect(stripControls(`Croydon${control} 41.2 per 1,000`)).to.equal('Croydon 41.2 per 1,000');
    }
  });

  it('drops control characters, byte order marks and lone surrogates; line breaks and tabs become spaces', () => {
    expect(stripControls('\uFEFFAddiscombe\u0000 East\u0007')).to.equal('Addiscombe East');
    expect(stripControls('Line one\r\nline\ttwo\u2028three\u0085four')).to.equal('Line one  line two three four');
    expect(stripControls('broken \uD800 half \uDC00 pair')).to.equal('broken  half  pair');
    expect(stripControls('a whole pair 😀 stays')).to.equal('a whole pair 😀 stays');
    expect(stripControls('  <b>markup</b> stays as text  ')).to.equal('<b>markup</b> stays as text');
  });

  it('cuts very long text short with an ellipsis and keeps the whole', () => {
    const megabyte = 'x'.repeat(1024 * 1024);
    const name = cleanText(megabyte);
    expect(name.text).to.have.length(TEXT_LIMITS.name);
    expect(name.text.endsWith('x…')).to.equal(true);
    expect(name.full).to.equal(megabyte);
    const description = cleanText(`\u202E${megabyte}`, 'description');
    expect(description.text).to.have.length(TEXT_LIMITS.description);
    expect(description.full).to.equal(megabyte);
    expect(cleanText('x'.repeat(300))).to.deep.equal({ text: 'x'.repeat(300) });
  });

  it('counts characters, not UTF-16 units, and never splits one', () => {
    const faces = '😀'.repeat(300);
    expect(cleanText(faces)).to.deep.equal({ text: faces });
    const more = cleanText('😀'.repeat(301));
    expect(Array.from(more.text)).to.have.length(300);
    expect(more.text.endsWith('😀…')).to.equal(true);
  });

  it('quotes short pieces for messages', () => {
    expect(cleanShort('\u202Ea rather long name that goes on and on past forty')).to.equal('a rather long name that goes on and o…');
    expect(cleanShort('short')).to.equal('short');
  });
});
