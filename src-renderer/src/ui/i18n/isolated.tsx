/**
 * Names from the library (a title, a tag, a file name) for a sentence rendered with <Trans>: each one in a
 * <bdi>, the HTML form of isolate(), so a right-to-left name in a left-to-right sentence (or the reverse) keeps
 * its own direction. The message places them with `<0/>`, `<1/>`: they are never parsed as part of the message.
 */
import type { ReactElement } from 'react';

export function isolated(...names: string[]): ReactElement[] {
  return names.map((name, index) => <bdi key={index}>{name}</bdi>);
}
