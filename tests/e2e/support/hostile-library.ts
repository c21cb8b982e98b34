/**
 * A hostile library for the layout tests (issue 14): titles, authors and tags of 200 characters, many tags, RTL
 * (Arabic) and CJK titles, as Markdown files with front matter, imported through the UI's folder import.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HOSTILE_COUNT = 8;

const long = (seed: string) => `${seed} ${'stretch '.repeat(40)}`.slice(0, 200).trim();

export function writeHostileLibrary(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const titles = [
    long('An extremely long title that goes on'),
    'مكتبة بلا شبكة: القراءة في مكان هادئ بعيدا عن الضجيج',
    '在没有网络的地方读书，一个很长很长的标题，它不停地延续下去，直到窗口的边缘之外',
    long('Averyveryverylongwordwithoutanyspaceatallthatcannotbreak'.repeat(4)),
  ];
  for (let i = 0; i < HOSTILE_COUNT; i += 1) {
    const tags = [long(`tag number ${i}`), long(`another tag ${i}`), ...Array.from({ length: 40 }, (_, t) => `topic-${i}-${t}`)];
    const front = [
      '---',
      `title: "${titles[i % titles.length]} ${i}"`,
      `author: "${long(`Author Name ${i}`)}"`,
      `source: "${long(`Source ${i}`)}"`,
      `date: 2021-03-${String(i + 1).padStart(2, '0')}`,
      `tags: [${tags.map((t) => `"${t}"`).join(', ')}]`,
      '---',
    ].join('\n');
    writeFileSync(join(dir, `hostile-${i}.md`), `${front}\n\nA paragraph of text number ${i} for the hostile library.\n`);
  }
}
