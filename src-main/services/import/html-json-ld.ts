/**
 * The article described by a page's JSON-LD (`<script type="application/ld+json">`), read without running it: a
 * single object, an array, or a `@graph` (as Yoast and most CMSs write it), where the article's author and publisher
 * may be references (`{"@id": "…#/schema/person/1"}`) to other nodes of the graph, whose names are looked up.
 */
import { elementsNamed } from './dom-walk';

export interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
  inLanguage: string | null;
  keywords: string[];
}

const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|SocialMediaPosting|LiveBlogPosting|WebPage|CreativeWork)$/;

type LdNode = Record<string, unknown>;

const SCRIPT = new Set(['script']);

function isNode(value: unknown): value is LdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nodesOf(value: unknown, depth = 0): LdNode[] {
  if (depth > 4) return [];
  if (Array.isArray(value)) return value.flatMap((item) => nodesOf(item, depth + 1));
  if (!isNode(value)) return [];
  return [value, ...nodesOf(value['@graph'], depth + 1)];
}

type Lookup = (id: string) => LdNode | undefined;

/** A value as text: strings as they are, lists joined with commas, nodes by their name (references looked up). */
function text(value: unknown, lookup: Lookup = () => undefined, depth = 0): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (depth > 4) return null;
  if (Array.isArray(value)) return value.map((item) => text(item, lookup, depth + 1)).filter((item) => item !== null).join(', ') || null;
  if (!isNode(value)) return null;
  const id = typeof value['@id'] === 'string' ? value['@id'] : null;
  const named = text(value['name'], lookup, depth + 1);
  if (named) return named;
  const referenced = id ? lookup(id) : undefined;
  return referenced && referenced !== value ? text(referenced, lookup, depth + 1) : null;
}

/** Every node that describes something (more than a bare `{"@id": …}` reference), by its `@id`, however deep. */
function nodesById(nodes: LdNode[]): Map<string, LdNode> {
  const byId = new Map<string, LdNode>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || typeof value !== 'object' || value === null) return;
    const id = isNode(value) ? value['@id'] : undefined;
    if (isNode(value) && typeof id === 'string' && Object.keys(value).length > 1 && !byId.has(id)) byId.set(id, value);
    for (const child of Object.values(value)) visit(child, depth + 1);
  };
  visit(nodes, 0);
  return byId;
}

function types(node: LdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
}

export function readJsonLd(doc: Document): JsonLdArticle {
  const nodes: LdNode[] = [];
  for (const script of elementsNamed(doc, SCRIPT).filter((element) => element.getAttribute('type')?.toLowerCase() === 'application/ld+json')) {
    try {
      nodes.push(...nodesOf(JSON.parse(script.textContent ?? '')));
    } catch {
      // A broken JSON-LD block is ignored: the page's other metadata still counts.
    }
  }
  const article =
    nodes.find((node) => types(node).some((type) => ARTICLE_TYPES.test(type) && type !== 'WebPage')) ??
    nodes.find((node) => types(node).includes('WebPage')) ??
    nodes.find((node) => 'headline' in node);
  if (!article) return { headline: null, author: null, datePublished: null, publisher: null, url: null, inLanguage: null, keywords: [] };
  const byId = nodesById(nodes);
  const lookup: Lookup = (id) => byId.get(id);
  const keywords = article['keywords'];
  const page = article['mainEntityOfPage'];
  const language = article['inLanguage'] ?? (isNode(page) ? lookup(String(page['@id']))?.['inLanguage'] : undefined);
  return {
    headline: text(article['headline']) ?? text(article['name']),
    author: text(article['author'], lookup),
    datePublished: text(article['datePublished']) ?? text(article['dateCreated']),
    publisher: text(article['publisher'], lookup) ?? text(article['sourceOrganization'], lookup),
    url: text(article['url']) ?? (typeof page === 'string' ? page : isNode(page) && typeof page['@id'] === 'string' ? page['@id'] : null),
    inLanguage: text(language, lookup),
    keywords: (Array.isArray(keywords) ? keywords : [keywords]).filter((item): item is string => typeof item === 'string'),
  };
}
