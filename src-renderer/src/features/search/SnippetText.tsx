/** A snippet's text with its matches marked, and an ellipsis where it was cut from a longer text. */
import type { ReactNode } from 'react';
import type { Snippet } from '../../../../src-shared/search';

export function SnippetText({ snippet, cut }: { snippet: Snippet; cut: boolean }) {
  const parts: ReactNode[] = [];
  let at = 0;
  snippet.ranges.forEach(([start, end], i) => {
    if (start > at) parts.push(snippet.text.slice(at, start));
    parts.push(<mark key={i}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < snippet.text.length) parts.push(snippet.text.slice(at));
  return (
    <>
      {snippet.start > 0 && '…'}
      {parts}
      {cut && '…'}
    </>
  );
}
