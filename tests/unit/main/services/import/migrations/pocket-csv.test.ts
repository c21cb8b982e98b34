/** Pocket's CSV (2025 export): its header, its quoting, and a line that cannot be read named while the others are read. */
import { describe, expect, it } from 'vitest';
import { csvHeader } from '../../../../../../src-main/services/import/migrations/export-csv';
import { isPocketHeader, readPocketCsv } from '../../../../../../src-main/services/import/migrations/pocket-csv';

const HEADER = 'title,url,time_added,cursor,tags,status';

describe('readPocketCsv', () => {
  it('reads quoted fields, doubled quotes, |-separated tags with spaces and umlauts, and CRLF line ends', () => {
    const csv = [
      HEADER,
      'Hoarder App,https://github.com/hoarder-app,1728576752,7187623980,,unread',
      '"A title, with a comma",https://example.org/a,1728576753,7187623981,opensource|withÄumlaut|with space,archive',
      'Some Website Title,"https://somewebsite.com/with,commas,in,the,url",1728576754,7187623982,,unread',
      '"Why ""read later"" fails",https://example.org/b,1728576755,7187623983,x,unread',
    ].join('\r\n');
    const { rows, problems } = readPocketCsv(csv);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.line, row.title, row.url, row.tags, row.status])).toEqual([
      [2, 'Hoarder App', 'https://github.com/hoarder-app', [], 'unread'],
      [3, 'A title, with a comma', 'https://example.org/a', ['opensource', 'withÄumlaut', 'with space'], 'archive'],
      [4, 'Some Website Title', 'https://somewebsite.com/with,commas,in,the,url', [], 'unread'],
      [5, 'Why "read later" fails', 'https://example.org/b', ['x'], 'unread'],
    ]);
    expect(rows[0]?.timeAdded).toBe('1728576752');
  });

  it('names a line with a quote out of place, and reads the lines after it', () => {
    const csv = [HEADER, 'One,https://example.org/1,1,1,,unread', '"Two "broken" quote",https://example.org/2,2,2,,unread', 'Three,https://example.org/3,3,3,,unread'].join('\n');
    const { rows, problems } = readPocketCsv(csv);
    expect(problems).toEqual([{ kind: 'quote', line: 3, unclosed: false }]);
    expect(rows.map((row) => [row.line, row.title])).toEqual([
      [2, 'One'],
      [4, 'Three'],
    ]);
  });

  it('names the line a never-closed quote opens on, keeping the lines before it', () => {
    const csv = [HEADER, 'One,https://example.org/1,1,1,,unread', '"Two, never closed,https://example.org/2,2,2,,unread', 'Three,https://example.org/3,3,3,,unread'].join('\n');
    const { rows, problems } = readPocketCsv(csv);
    expect(problems).toEqual([{ kind: 'quote', line: 3, unclosed: true }]);
    expect(rows.map((row) => row.title)).toEqual(['One']);
  });

  it('names a line with the wrong number of fields (an unquoted comma), and a record across lines starts where it starts', () => {
    const csv = [HEADER, 'A, title, with commas,https://example.org/1,1,1,,unread', '"Two\nlines",https://example.org/2,2,2,,unread', 'Three,https://example.org/3,3,3,,unread'].join('\n');
    const { rows, problems } = readPocketCsv(csv);
    expect(problems).toEqual([{ kind: 'fields', line: 2, found: 8, expected: 6 }]);
    expect(rows.map((row) => [row.line, row.title])).toEqual([
      [3, 'Two\nlines'],
      [5, 'Three'],
    ]);
  });

  it('refuses a file whose header lacks a column Pocket writes, naming the column', () => {
    expect(readPocketCsv('name,link,added\nA,https://example.org,1\n')).toEqual({ rows: [], problems: [{ kind: 'column', column: 'title' }] });
    expect(readPocketCsv('title,link,time_added\nA,https://example.org,1\n').problems).toEqual([{ kind: 'column', column: 'url' }]);
    expect(readPocketCsv('').problems).toEqual([{ kind: 'column', column: 'title' }]);
  });

  it('accepts columns in another order and without tags or status', () => {
    const { rows, problems } = readPocketCsv('url,time_added,title\nhttps://example.org/x,5,X\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ line: 2, title: 'X', url: 'https://example.org/x', timeAdded: '5', tags: [], status: '' }]);
  });
});

describe('isPocketHeader', () => {
  it('recognises Pocket’s columns by the header, with a BOM or quotes, and nothing else', () => {
    expect(isPocketHeader(csvHeader(`${HEADER}\nA,b,1,1,,unread`))).toBe(true);
    expect(isPocketHeader(csvHeader(`\uFEFF"title","url","time_added","tags","status"\n`))).toBe(true);
    expect(isPocketHeader(csvHeader('Title,URL,Selection,Folder,Timestamp\n'))).toBe(false);
    expect(isPocketHeader(csvHeader(''))).toBe(false);
  });
});
