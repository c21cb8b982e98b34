import { describe, expect, it } from 'vitest';
import { hasToken } from '../../../../../src-main/services/import/dom-walk';
import { parseHtmlDocument } from '../../../../../src-main/services/import/html-dom';
import { AUTHOR_SELECTOR, linkedAuthor, PUBLISHED_TIME, publishedTime } from '../../../../../src-main/services/import/html-page-clues';
import { readHtmlMeta } from '../../../../../src-main/services/import/html-metadata';

/** What the page walks replaced: the selectors themselves, matched on the whole page. */
function bySelectors(doc: Document): { author: string | null; time: string | null } {
  const element = doc.querySelector(AUTHOR_SELECTOR);
  const name = element?.textContent?.replace(/\s+/g, ' ').trim();
  let time: string | null = null;
  for (const selector of PUBLISHED_TIME) {
    const found = [...doc.querySelectorAll(selector)].find((candidate) => !candidate.closest('aside, nav, footer'));
    if (found) {
      time = found.getAttribute('datetime');
      break;
    }
  }
  return { author: name && name.length <= 80 && name.split(' ').length <= 8 ? name : null, time };
}

const PAGES = [
  '<html><head><link rel="stylesheet" href="a.css"><link rel="AUTHOR" href="/me"></head><body><a rel="nofollow author" href="/x">Dana Wu</a></body></html>',
  '<html><body><div itemprop="Author"><span itemprop="name">Jo Li</span></div><span itemprop="name">Not her</span></body></html>',
  '<html><body><span itemprop="name">A product</span><div itemprop="author creator">Al Ng</div></body></html>',
  '<html><body><span rel="authors">No</span><span itemprop="co-author">No</span><template><a rel="author">In a template</a></template></body></html>',
  '<html><body><aside><time datetime="2001-01-01">x</time></aside><div class="ByLine"><time datetime="2002-02-02">y</time></div><time itemprop="datepublished" datetime="2003-03-03">z</time></body></html>',
  '<html><body><nav><time pubdate datetime="2004">a</time></nav><header><time datetime="2005-05-05">b</time></header><time datetime="2006">c</time><time>no date</time></body></html>',
  '<html class="meta"><body><time datetime="2007-07-07">t</time></body></html>',
  '<html><body><main><p><time datetime="2008-08-08">m</time></p></main><footer><time datetime="2009">f</time></footer></body></html>',
];

describe('page clues read by walking the page instead of matching selectors everywhere', () => {
  it.each(PAGES)('finds the author and the date the selectors find in %s', (html) => {
    const doc = parseHtmlDocument(html);
    expect({ author: linkedAuthor(doc), time: publishedTime(doc) }).toEqual(bySelectors(doc));
  });

  it('reads the canonical link and the JSON-LD whatever the case of rel and type', () => {
    const ld = '{"@type":"NewsArticle","headline":"H","url":"https://ld.example/a"}';
    const doc = parseHtmlDocument(`<html><head><link rel="Alternate CANONICAL" href="https://site.example/a"><script type="Application/LD+JSON">${ld}</script></head><body><p>x</p></body></html>`);
    expect(readHtmlMeta(doc)).toMatchObject({ url: 'https://site.example/a', title: 'H' });
  });

  it('hasToken is [name~="token" i]', () => {
    const doc = parseHtmlDocument('<p id="a" rel=" x  Author\ty"></p><p id="b" rel="authorship"></p><p id="c"></p>');
    for (const id of ['a', 'b', 'c']) {
      const element = doc.getElementById(id)!;
      expect(hasToken(element, 'rel', 'author')).toBe(element.matches('[rel~="author" i]'));
    }
  });
});
