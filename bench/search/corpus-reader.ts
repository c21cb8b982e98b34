/** Streams the corpus file line by line (never the whole file in memory), and reads one article back by offset. */
import { closeSync, openSync, readSync } from 'node:fs';
import type { BenchArticle } from '../generator/article';

export interface Line {
  index: number;
  offset: number;
  length: number;
  text: string;
}

export function* lines(path: string, limit: number): Generator<Line> {
  const fd = openSync(path, 'r');
  const chunk = Buffer.alloc(8 << 20);
  let carry = Buffer.alloc(0);
  let fileOffset = 0; // offset of carry[0] in the file
  let index = 0;
  try {
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      const buf = carry.length ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      let start = 0;
      for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
        if (index >= limit) return;
        yield { index: index++, offset: fileOffset + start, length: nl - start, text: buf.toString('utf8', start, nl) };
        start = nl + 1;
      }
      carry = Buffer.from(buf.subarray(start));
      fileOffset += start;
    }
  } finally {
    closeSync(fd);
  }
  if (index < limit) throw new Error(`the corpus has ${index} articles, ${limit} wanted`);
}

/** Reads articles back by their offsets (as the app would load a body to show its snippet). */
export class ArticleFile {
  private readonly fd: number;
  private buf = Buffer.alloc(64 << 10);

  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }

  read(offset: number, length: number): BenchArticle {
    if (this.buf.length < length) this.buf = Buffer.alloc(length * 2);
    readSync(this.fd, this.buf, 0, length, offset);
    return JSON.parse(this.buf.toString('utf8', 0, length)) as BenchArticle;
  }

  close(): void {
    closeSync(this.fd);
  }
}
