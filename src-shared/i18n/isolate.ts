/**
 * A title, a tag or a name from the library put inside a translated sentence, wrapped in Unicode's first-strong
 * isolate (U+2068 … U+2069): an Arabic title in an English sentence, or an English one in Arabic, keeps its own
 * direction and does not reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
