/** The article described by a page's JSON-LD (`<script type="application/ld+json">`), read without running it. */

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

function isNode(value: unknown): value is LdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nodesOf(value: unknown, depth = 0): LdNode[] {
  if (depth > 4) return [];
  if (Array.isArray(value)) return value.flatMap((item) => nodesOf(item, depth + 1));
  if (!isNode(value)) return [];
  return [value, ...nodesOf(value['@graph'], depth + 1)];
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.map(text).filter((item) => item !== null).join(', ') || null;
  if (isNode(value)) return text(value['name']) ?? text(value['@id']);
  return null;
}

function types(node: LdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
}

export function readJsonLd(doc: Document): JsonLdArticle {
  const nodes: LdNode[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
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
  const keywords = article['keywords'];
  const page = article['mainEntityOfPage'];
  return {
    headline: text(article['headline']) ?? text(article['name']),
    author: text(article['author']),
    datePublished: text(article['datePublished']) ?? text(article['dateCreated']),
    publisher: text(article['publisher']) ?? text(article['sourceOrganization']),
    url: text(article['url']) ?? (typeof page === 'string' ? page : isNode(page) ? text(page['@id']) : null),
    inLanguage: text(article['inLanguage']),
    keywords: (Array.isArray(keywords) ? keywords : typeof keywords === 'string' ? keywords.split(',') : [])
      .filter((item): item is string => typeof item === 'string'),
  };
}
