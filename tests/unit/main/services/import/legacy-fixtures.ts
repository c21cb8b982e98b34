/**
 * The fixtures in legacy character sets. Their sources are UTF-8 files in tests/fixtures/import/legacy (readable in
 * review); each test run writes them out in their own character set with iconv-lite, an encoder independent of the
 * TextDecoder that reads them back, with their charset declaration and without it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { fixture } from './import-test-helpers';

export interface LegacyCase {
  /** The UTF-8 source, in tests/fixtures/import/legacy. */
  source: string;
  /** The character set it is written out in (an iconv-lite name). */
  encoding: string;
  language: string;
  title: string;
  /** A sentence of the body, exactly as the reader must see it. */
  sentence: string;
}

export const LEGACY_PAGES: readonly LegacyCase[] = [
  { source: 'zh-gbk.html', encoding: 'gbk', language: 'zh', title: '城市书房的灯光', sentence: '管理员说，自从开放时间延长以后，借阅量比去年增加了三成，年轻读者尤其多。' },
  { source: 'zh-big5.html', encoding: 'big5', language: 'zh', title: '巷弄裡的舊書店', sentence: '許多讀者說，這裡是他們在城市中最喜歡的角落，因為每一本書都有自己的故事。' },
  { source: 'ja-shift_jis.html', encoding: 'shift_jis', language: 'ja', title: '図書館の静かな朝', sentence: '館長によると、開館時間を延ばしてから、若い利用者が目に見えて増えたという。' },
  { source: 'ja-euc-jp.html', encoding: 'euc-jp', language: 'ja', title: '神保町の古本屋', sentence: '店主は「本はまた誰かに読まれるのを待っている」と言い、毎朝一冊ずつ値札を書き直す。' },
  { source: 'ko-euc-kr.html', encoding: 'euc-kr', language: 'ko', title: '도서관의 조용한 저녁', sentence: '관장은 개관 시간을 늘린 뒤 젊은 독자들이 많이 늘었다고 말했다.' },
];

export const LEGACY_TEXTS: readonly LegacyCase[] = [
  { source: 'zh-gbk.txt', encoding: 'gbk', language: 'zh', title: '社区图书馆走进老街', sentence: '附近的居民下班以后常常来这里坐一坐，孩子们在周末也会来听故事。' },
  { source: 'zh-big5.txt', encoding: 'big5', language: 'zh', title: '山城的書香', sentence: '館員表示，這樣的活動讓許多人重新愛上了閱讀。' },
  { source: 'ja-shift_jis.txt', encoding: 'shift_jis', language: 'ja', title: '駅前の小さな本屋', sentence: '常連客の多くは、通勤の途中に立ち寄って文庫本を買っていくという。' },
  { source: 'ja-euc-jp.md', encoding: 'euc-jp', language: 'ja', title: '読書会の記録', sentence: '次回は、十月の最終土曜日に図書館の会議室で開く予定である。' },
  { source: 'ko-euc-kr.txt', encoding: 'euc-kr', language: 'ko', title: '마을 도서관의 하루', sentence: '사서는 작은 도서관이 마을의 거실이 되었다고 말했다.' },
];

const CHARSET_META = /<meta\b[^>]*\bcharset\b[^>]*>\n?/i;

export function legacyCase(source: string): LegacyCase {
  const found = [...LEGACY_PAGES, ...LEGACY_TEXTS].find((item) => item.source === source);
  if (!found) throw new Error(`No legacy fixture ${source}`);
  return found;
}

export function legacySource(name: string): string {
  return fixture('legacy', name);
}

/** The source's text in its character set; `declared: false` leaves out its `<meta charset>`. */
export async function legacyBytes(item: LegacyCase, declared = true): Promise<Uint8Array> {
  const text = await readFile(legacySource(item.source), 'utf8');
  return new Uint8Array(iconv.encode(declared ? text : text.replace(CHARSET_META, ''), item.encoding));
}

/** Writes the case into `folder` (named `declared-…` or `undeclared-…`) and returns its path. */
export async function writeLegacyFile(folder: string, item: LegacyCase, declared = true): Promise<string> {
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, `${declared ? 'declared' : 'undeclared'}-${item.source}`);
  await writeFile(file, await legacyBytes(item, declared));
  return file;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
