import { describe, expect, it } from 'vitest';
import { anchor, describeRange } from '../../../../src-shared/anchoring';
import type { AnchorResult } from '../../../../src-shared/anchoring';

/** Describes the first occurrence of `quote` (or the `nth`) in `text`, as the reader stores a new highlight. */
function highlight(text: string, quote: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`no ${JSON.stringify(quote)} in the text`);
  return describeRange(text, at, at + quote.length);
}

/** What the reader would see highlighted. */
function placedText(text: string, result: AnchorResult): string | null {
  return result.status === 'orphan' ? null : text.slice(result.start, result.end);
}

const ARTICLE = [
  'Global security governance',
  'The forum opened on Monday in Beijing. Delegates from forty countries discussed how nations can keep the peace together.',
  'The minister said the talks would continue. Several speakers stressed that shared rules protect small countries as well as large ones.',
  'Readers can find more in the archive. The minister said the talks would continue, and a joint statement is expected on Friday.',
].join('\n\n');

describe('anchor: the text has not changed', () => {
  it('places a highlight at its stored position', () => {
    const stored = highlight(ARTICLE, 'shared rules protect small countries');
    const result = anchor(ARTICLE, stored);
    expect(result).toMatchObject({ status: 'exact-position', start: stored.position.start, end: stored.position.end });
  });

  it('places a highlight spanning what were several elements, across the paragraph break', () => {
    const stored = highlight(ARTICLE, 'large ones.\n\nReaders can find');
    const result = anchor(ARTICLE, stored);
    expect(result.status).toBe('exact-position');
    expect(placedText(ARTICLE, result)).toBe('large ones.\n\nReaders can find');
  });
});

describe('anchor: an exact quote search', () => {
  it('finds the quote after text was inserted before it', () => {
    const stored = highlight(ARTICLE, 'discussed how nations can keep the peace');
    const edited = `Zoom In | Zoom Out\n\n${ARTICLE}`;
    const result = anchor(edited, stored);
    expect(result.status).toBe('quote');
    expect(result).toMatchObject({ start: stored.position.start + 20 });
    expect(placedText(edited, result)).toBe('discussed how nations can keep the peace');
  });

  it('uses the prefix and suffix to choose between two occurrences of the same words', () => {
    const second = highlight(ARTICLE, 'The minister said the talks would continue', 1);
    const first = highlight(ARTICLE, 'The minister said the talks would continue', 0);
    const edited = ARTICLE.replace('Global security governance', 'On global security governance: a report');
    const a = anchor(edited, second);
    const b = anchor(edited, first);
    expect(a.status).toBe('quote');
    expect(b.status).toBe('quote');
    if (a.status === 'orphan' || b.status === 'orphan') return;
    expect(edited.slice(a.start - 'archive. '.length, a.end + 1)).toBe(
      'archive. The minister said the talks would continue,',
    );
    expect(edited.slice(b.start - 2, b.end + 1)).toBe('\n\nThe minister said the talks would continue.');
  });

  it('orphans a short quote whose own occurrence was deleted, though the same word remains elsewhere', () => {
    const stored = highlight(ARTICLE, 'Friday');
    const edited = `${ARTICLE.replace(', and a joint statement is expected on Friday', '')}\n\nThe vote is on Friday, officials said.`;
    expect(anchor(edited, stored)).toEqual({ status: 'orphan', quote: stored.quote });
  });

  // Page chrome repeated word for word: each copy has the same 32 characters of context on both sides.
  const CHROME = 'Zoom In | Zoom Out | Print | Share on social media | Close the window and return to the list of articles on this site.';
  const REPEATED = `${CHROME}\n\n${ARTICLE}\n\n${CHROME}`;

  it('keeps the copy nearest its old place when the context cannot tell copies apart', () => {
    const stored = highlight(REPEATED, 'Close the window', 1);
    const edited = `Header\n\n${REPEATED}`;
    const result = anchor(edited, stored);
    expect(result).toMatchObject({ status: 'quote', start: stored.position.start + 'Header\n\n'.length });
  });

  it('orphans rather than guesses when neither the context nor a position can tell copies apart', () => {
    const stored = highlight(REPEATED, 'Close the window', 1);
    expect(anchor(`Header\n\n${REPEATED}`, { quote: stored.quote })).toEqual({ status: 'orphan', quote: stored.quote });
  });
});

describe('anchor: fuzzy matching after edits', () => {
  it('follows a word replaced inside the quote', () => {
    const stored = highlight(ARTICLE, 'Several speakers stressed that shared rules protect small countries');
    const edited = ARTICLE.replace('speakers stressed', 'speakers argued');
    const result = anchor(edited, stored);
    expect(result.status).toBe('fuzzy');
    expect(placedText(edited, result)).toBe('Several speakers argued that shared rules protect small countries');
  });

  it('follows small edits inside and around the quote', () => {
    const stored = highlight(ARTICLE, 'Delegates from forty countries discussed how nations can keep the peace');
    const edited = ARTICLE.replace('opened on Monday', 'opened on Tuesday')
      .replace('forty countries', 'forty-two countries')
      .replace('peace together', 'peace all together');
    const result = anchor(edited, stored);
    expect(result.status).toBe('fuzzy');
    expect(placedText(edited, result)).toBe('Delegates from forty-two countries discussed how nations can keep the peace');
  });

  it('matches quotes longer than 32 characters, across a paragraph break, with edits spread along them', () => {
    const quote =
      'Several speakers stressed that shared rules protect small countries as well as large ones.\n\n' +
      'Readers can find more in the archive.';
    expect(quote.length).toBeGreaterThan(100);
    const stored = highlight(ARTICLE, quote);
    const edited = ARTICLE.replace('Several speakers', 'Many speakers')
      .replace('small countries', 'smaller countries')
      .replace('in the archive', 'in our archive');
    const result = anchor(edited, stored);
    expect(result.status).toBe('fuzzy');
    expect(placedText(edited, result)).toBe(
      'Many speakers stressed that shared rules protect smaller countries as well as large ones.\n\n' +
        'Readers can find more in our archive.',
    );
  });

  it('orphans a quote edited beyond the error bound, never placing it on what is left', () => {
    const stored = highlight(ARTICLE, 'shared rules protect small countries');
    const edited = ARTICLE.replace('shared rules protect small countries', 'common laws shield every nation');
    expect(anchor(edited, stored)).toEqual({ status: 'orphan', quote: stored.quote });
  });

  it('orphans a deleted quote', () => {
    const stored = highlight(ARTICLE, 'Delegates from forty countries discussed how nations can keep the peace together.');
    const edited = ARTICLE.replace(' Delegates from forty countries discussed how nations can keep the peace together.', '');
    expect(anchor(edited, stored)).toEqual({ status: 'orphan', quote: stored.quote });
  });

  it('orphans a whole deleted paragraph even when similar sentences remain', () => {
    const stored = highlight(ARTICLE, 'Readers can find more in the archive. The minister said the talks would continue, and');
    const paragraphs = ARTICLE.split('\n\n');
    const edited = paragraphs.slice(0, 3).join('\n\n');
    expect(anchor(edited, stored).status).toBe('orphan');
  });
});

describe('anchor: text that moved far', () => {
  it('needs both sides of the context when the quote moved far from where it was', () => {
    const stored = highlight(ARTICLE, 'a joint statement is expected');
    // The words after the quote changed, the words before did not.
    const edited = ARTICLE.replace('expected on Friday.', 'expected within days, officials told reporters.');
    expect(placedText(edited, anchor(edited, stored))).toBe('a joint statement is expected');
    const filler = 'An unrelated preface paragraph. '.repeat(80);
    expect(filler.length).toBeGreaterThan(2000);
    expect(anchor(`${filler}\n\n${edited}`, stored).status).toBe('orphan');
    expect(placedText(`${filler}\n\n${ARTICLE}`, anchor(`${filler}\n\n${ARTICLE}`, stored))).toBe(
      'a joint statement is expected',
    );
  });
});

describe('anchor: Chinese text', () => {
  const CHINESE = [
    '全球安全治理',
    '论坛于周一在北京开幕。来自四十个国家的代表讨论了各国如何共同维护和平。',
    '部长表示会谈将继续进行。多位发言者强调，共同的规则既保护小国，也保护大国。',
    '读者可以在档案中找到更多内容。部长表示会谈将继续进行，联合声明预计将于周五发表。',
  ].join('\n\n');

  it('chooses between repeated Chinese phrases by their context', () => {
    const stored = highlight(CHINESE, '部长表示会谈将继续进行', 1);
    const edited = `评论与反馈\n\n${CHINESE}`;
    const result = anchor(edited, stored);
    expect(result.status).toBe('quote');
    if (result.status === 'orphan') return;
    expect(edited.slice(result.start - 3, result.end + 1)).toBe('内容。部长表示会谈将继续进行，');
  });

  it('follows a changed character inside a Chinese quote', () => {
    const stored = highlight(CHINESE, '多位发言者强调，共同的规则既保护小国，也保护大国。');
    const edited = CHINESE.replace('多位发言者强调', '多位发言人强调');
    const result = anchor(edited, stored);
    expect(result.status).toBe('fuzzy');
    expect(placedText(edited, result)).toBe('多位发言人强调，共同的规则既保护小国，也保护大国。');
  });

  it('orphans a deleted Chinese sentence', () => {
    const stored = highlight(CHINESE, '来自四十个国家的代表讨论了各国如何共同维护和平。');
    const edited = CHINESE.replace('来自四十个国家的代表讨论了各国如何共同维护和平。', '');
    expect(anchor(edited, stored).status).toBe('orphan');
  });
});

describe('anchor: edge cases', () => {
  it('orphans an empty quote and anything in an empty text', () => {
    const stored = highlight(ARTICLE, 'Beijing');
    expect(anchor('', stored).status).toBe('orphan');
    expect(anchor(ARTICLE, { quote: { ...stored.quote, exact: '' } }).status).toBe('orphan');
  });

  it('honours the options: no fuzzy match at error rate 0, and orphans a quote too common to weigh', () => {
    const stored = highlight(ARTICLE, 'Several speakers stressed that shared rules');
    const edited = ARTICLE.replace('speakers stressed', 'speakers argued');
    expect(anchor(edited, stored).status).toBe('fuzzy');
    expect(anchor(edited, stored, { maxErrorRate: 0 }).status).toBe('orphan');
    const minister = highlight(ARTICLE, 'minister', 1);
    const shifted = `Preface.\n\n${ARTICLE}`;
    expect(anchor(shifted, minister).status).toBe('quote');
    expect(anchor(shifted, minister, { maxOccurrences: 2 }).status).toBe('orphan');
  });

  it('works from the quote alone, without a stored position', () => {
    const stored = highlight(ARTICLE, 'a joint statement is expected on Friday');
    const result = anchor(`Preface.\n\n${ARTICLE}`, { quote: stored.quote });
    expect(result.status).toBe('quote');
    expect(placedText(`Preface.\n\n${ARTICLE}`, result)).toBe('a joint statement is expected on Friday');
  });

  it('ignores a stored position that now points at other text or past the end', () => {
    const stored = highlight(ARTICLE, 'Beijing');
    const moved = { ...stored, position: { ...stored.position, start: 3, end: 10 } };
    expect(anchor(ARTICLE, moved)).toMatchObject({ status: 'quote', start: stored.position.start });
    const beyond = { ...stored, position: { ...stored.position, start: 99999, end: 100006 } };
    expect(anchor(ARTICLE, beyond)).toMatchObject({ status: 'quote', start: stored.position.start });
  });
});
