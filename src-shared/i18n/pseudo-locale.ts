/**
 * The pseudo-locale's text: every letter accented, about 40 % longer, in brackets, so that text that would be
 * cut off, overflow or was never translated (it stays plain) shows before translators do. Placeholders
 * (`{{count}}`, `{{title, list}}`), nesting (`$t(…)`) and tags (`<1>…</1>`) are kept as they are.
 */
const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ľ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ľ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

const KEPT = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+\s*\/?>)/;

export function pseudoLocalise(text: string): string {
  const parts = text.split(KEPT);
  let letters = 0;
  const body = parts
    .map((part, index) => {
      if (index % 2 === 1) return part;
      return part.replace(/[A-Za-z]/g, (letter) => {
        letters += 1;
        return ACCENTED[letter] ?? letter;
      });
    })
    .join('');
  const padding = '~'.repeat(Math.ceil(letters * 0.4));
  return `[${body}${padding ? ` ${padding}` : ''}]`;
}

/** The same tree of messages with every string pseudo-localised. */
export function pseudoMessages<T>(messages: T): T {
  if (typeof messages === 'string') return pseudoLocalise(messages) as T;
  if (messages && typeof messages === 'object') {
    return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, pseudoMessages(value)])) as T;
  }
  return messages;
}
