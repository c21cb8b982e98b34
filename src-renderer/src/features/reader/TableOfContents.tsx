/**
 * "Contents" for long articles (at least MIN_HEADINGS h2/h3 headings in the body): a collapsed list of links
 * that scroll to each heading, just below the reader bar, and move focus there for keyboard and screen readers.
 */
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { readingTop } from '../../ui/text-anchor';

const MIN_HEADINGS = 3;

export interface TocEntry {
  level: 2 | 3;
  text: string;
  index: number;
}

interface Props {
  entries: readonly TocEntry[];
  getRoot: () => Element | null;
  zoomStyle: CSSProperties;
}

function headingsOf(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('h2, h3')).filter((h) => h.textContent.trim() !== '');
}

function goTo(root: Element | null, index: number): void {
  const heading = root ? headingsOf(root)[index] : undefined;
  if (!heading) return;
  const top = window.scrollY + heading.getBoundingClientRect().top - readingTop() - 8;
  window.scrollTo({ top, behavior: 'instant' });
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

/** The entries of the body's contents, read once its text is in the page. */
export function tocEntries(root: Element | null): TocEntry[] {
  if (!root) return [];
  return headingsOf(root).map((h, index) => ({ level: h.tagName === 'H2' ? 2 : 3, text: h.textContent.trim(), index }));
}

export function TableOfContents({ entries, getRoot, zoomStyle }: Props) {
  const { t } = useTranslation('reader');
  if (entries.length < MIN_HEADINGS) return null;
  return (
    <nav className="toc" aria-label={t('contents')} style={zoomStyle}>
      <details>
        <summary>{t('contents')}</summary>
        <ol>
          {entries.map((entry) => (
            <li key={entry.index} className={entry.level === 3 ? 'toc-sub' : undefined}>
              <a
                href={`#section-${entry.index + 1}`}
                onClick={(event) => {
                  event.preventDefault();
                  goTo(getRoot(), entry.index);
                }}
              >
                {entry.text}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
