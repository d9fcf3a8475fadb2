import { expect } from '@open-wc/testing';
import { readCsv, readNumberCell, readTextCell } from './csv.js';

describe('council CSV reading', () => {
  it('numbers every record by the line it starts on, skipping blank lines', () => {
    const { header, records } = readCsv('a,b\n\n1,2\n   \n,\n3,4\n');
    expect(header).to.deep.equal({ line: 1, cells: ['a', 'b'] });
    expect(records).to.deep.equal([
      { line: 3, cells: ['1', '2'] },
      { line: 6, cells: ['3', '4'] },
    ]);
  });

  it('drops a UTF-8 byte order mark so the first column keeps its name', () => {
    expect(readCsv('\uFEFFindicator,value\nx,1').header?.cells).to.deep.equal(['indicator', 'value']);
  });

  it('reads CRLF and lone CR line endings, and counts lines the same way', () => {
    for (const text of ['a,b\r\n1,2\r\n\r\n3,4\r\n', 'a,b\r1,2\r\r3,4\r', 'a,b\n1,2\r\n\r3,4']) {
      const { records } = readCsv(text);
      expect(records, JSON.stringify(text)).to.deep.equal([
        { line: 2, cells: ['1', '2'] },
        { line: 4, cells: ['3', '4'] },
      ]);
    }
  });

  it('keeps commas, doubled quotes and line breaks inside quoted cells, and counts the lines they span', () => {
    const { records } = readCsv('name,note\n"Bristol, City of","said ""hello""\nover two lines"\r\nnext,"a\r\nb\rc"\nlast,1');
    expect(records[0]).to.deep.equal({ line: 2, cells: ['Bristol, City of', 'said "hello"\nover two lines'] });
    expect(records[1]).to.deep.equal({ line: 4, cells: ['next', 'a\r\nb\rc'] });
    expect(records[2]!.line).to.equal(7);
  });

  it('has no header and no records for an empty file', () => {
    expect(readCsv('')).to.deep.equal({ header: undefined, records: [] });
    expect(readCsv('\uFEFF\r\n\n')).to.deep.equal({ header: undefined, records: [] });
  });

  it('reads numbers with thousands separators, exponents and a percent sign', () => {
    const value = (text: unknown) => {
      const cell = readNumberCell(text);
      return cell.kind === 'number' ? cell.value : cell.kind;
    };
    expect(value('1,234')).to.equal(1234);
    expect(value(' 1,234,567.89 ')).to.equal(1234567.89);
    expect(value('-0.5')).to.equal(-0.5);
    expect(value('.5')).to.equal(0.5);
    expect(value('1e+05')).to.equal(100000);
    expect(value('12.5%')).to.equal(12.5);
    expect(value(42)).to.equal(42);
    expect(value('1,23')).to.equal('invalid');
    expect(value('12,5')).to.equal('invalid');
    expect(value('twelve')).to.equal('invalid');
    expect(value('1.2.3')).to.equal('invalid');
    expect(value('Infinity')).to.equal('invalid');
    expect(value('0x10')).to.equal('invalid');
    expect(value(true)).to.equal('invalid');
    expect(value({})).to.equal('invalid');
  });

  it('reads every suppression marker as withheld and empty, NA and - as not available', () => {
    for (const marker of ['*', ':', '..', 'x', 'X', 'c', 'C', 'u']) {
      expect(readNumberCell(marker), marker).to.deep.equal({ kind: 'missing', reason: 'suppressed', text: marker });
    }
    for (const marker of ['', '  ', 'NA', 'na', 'N/A', '-', 'z']) {
      expect(readNumberCell(marker), JSON.stringify(marker)).to.deep.include({ kind: 'missing', reason: 'not-available' });
    }
    expect(readNumberCell(null)).to.deep.include({ kind: 'missing', reason: 'not-available' });
    expect(readNumberCell(undefined)).to.deep.include({ kind: 'missing', reason: 'not-available' });
  });

  it('reads text as written, numbers as text, and refuses lists and objects', () => {
    expect(readTextCell('  <script>alert(1)</script> ')).to.equal('<script>alert(1)</script>');
    expect(readTextCell(2025)).to.equal('2025');
    expect(readTextCell(null)).to.equal('');
    expect(readTextCell(['a'])).to.equal(undefined);
    expect(readTextCell({ a: 1 })).to.equal(undefined);
  });
});
