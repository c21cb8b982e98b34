/** A plain-text body: one <p> per paragraph. */
import { splitParagraphs } from './paragraphs';

export function TextBody({ content }: { content: string }) {
  return (
    <>
      {splitParagraphs(content).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </>
  );
}
