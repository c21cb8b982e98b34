/** A plain-text body: one <p> per paragraph, in sections when it is long (ui/body-sections.ts). */
import type { CSSProperties } from 'react';
import { BODY_SECTION_CLASS, groupBlocks, sectionEstimateEm } from '../../ui/body-sections';
import { splitParagraphs } from './paragraphs';

export function TextBody({ content, sectioned = false }: { content: string; sectioned?: boolean }) {
  const parts = splitParagraphs(content);
  const paragraphs = parts.map((paragraph, index) => <p key={index}>{paragraph}</p>);
  if (!sectioned) return <>{paragraphs}</>;
  const lengths = parts.map((part) => part.length);
  return (
    <>
      {groupBlocks(lengths.map((chars) => ({ chars, canStart: true }))).map(([first, end]) => {
        const chars = lengths.slice(first, end).reduce((sum, n) => sum + n, 0);
        const estimate = { '--section-estimate': `${sectionEstimateEm(chars, end - first)}em` } as CSSProperties;
        return (
          <div key={first} className={BODY_SECTION_CLASS} style={estimate}>
            {paragraphs.slice(first, end)}
          </div>
        );
      })}
    </>
  );
}
