/** The W3C Web Annotation export, field by field. */
import { describe, expect, it } from 'vitest';
import {
  annotationCollectionJson,
  articleIri,
  buildAnnotationCollection,
} from '../../../../src-shared/notes-export/web-annotation-export';
import { annotated, article } from './fixtures';

const OPTIONS = { id: 'urn:uuid:0000', label: 'Offprint notes', generated: '2024-06-01T10:00:00.000Z' };

describe('a W3C AnnotationCollection', () => {
  const collection = JSON.parse(annotationCollectionJson([annotated()], OPTIONS));
  const items = collection.first.items;

  it('is a collection with its context, total and first page', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({ id: 'urn:uuid:0000', type: 'AnnotationCollection', label: 'Offprint notes', total: 4 });
    expect(collection.generated).toBe('2024-06-01T10:00:00.000Z');
    expect(collection.first).toMatchObject({ id: 'urn:uuid:0000#page-1', type: 'AnnotationPage', startIndex: 0 });
    expect(items).toHaveLength(4);
  });

  it('a highlight without a note: highlighting, both selectors, its colour, no body', () => {
    expect(items[0]).toEqual({
      id: 'urn:offprint:highlight:h1',
      type: 'Annotation',
      motivation: 'highlighting',
      created: '2024-05-03T08:00:00.000Z',
      target: {
        source: 'https://example.org/rivers',
        styleClass: 'yellow',
        selector: [
          { type: 'TextQuoteSelector', exact: 'Rivers shape\ncities', prefix: 'How ', suffix: '.' },
          { type: 'TextPositionSelector', start: 10, end: 30 },
        ],
      },
    });
  });

  it('a highlight with a note: commenting, the note as a Markdown TextualBody, modified', () => {
    expect(items[1]).toMatchObject({
      id: 'urn:offprint:highlight:h2',
      motivation: 'commenting',
      created: '2024-05-01T08:00:00.000Z',
      modified: '2024-05-02T09:30:00.000Z',
      body: { type: 'TextualBody', value: 'Compare with **chapter 2**.', format: 'text/markdown', purpose: 'commenting' },
      target: { source: 'https://example.org/rivers', styleClass: 'green' },
    });
    expect(items[1].target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 500, end: 520 });
  });

  it('article notes: commenting on the whole article, oldest first', () => {
    expect(items[2]).toEqual({
      id: 'urn:offprint:note:n1',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2024-05-01T07:00:00.000Z',
      modified: '2024-05-01T07:20:00.000Z',
      body: { type: 'TextualBody', value: 'First note, *edited*.', format: 'text/markdown', purpose: 'commenting' },
      target: { source: 'https://example.org/rivers' },
    });
    expect(items[3].id).toBe('urn:offprint:note:n2');
  });

  it('defines every colour class in its stylesheet', () => {
    expect(collection.stylesheet.type).toBe('CssStylesheet');
    for (const c of ['yellow', 'green', 'blue', 'pink', 'purple']) expect(collection.stylesheet.value).toContain(`.${c} {`);
  });

  it('targets urn:offprint:article:<id> when the article has no web URL', () => {
    expect(articleIri(article({ id: 'x y', url: null }))).toBe('urn:offprint:article:x%20y');
    expect(articleIri(article({ id: 'z', url: 'file:///etc/passwd' }))).toBe('urn:offprint:article:z');
    const none = buildAnnotationCollection([{ ...annotated(), article: article({ url: null }) }], OPTIONS);
    expect(none.first.items.every((item) => item.target.source === 'urn:offprint:article:a1')).toBe(true);
  });

  it('an empty export is an empty collection', () => {
    expect(buildAnnotationCollection([], OPTIONS)).toMatchObject({ total: 0, first: { items: [] } });
  });
});
