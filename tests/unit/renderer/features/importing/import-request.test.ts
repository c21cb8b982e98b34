import { describe, expect, it } from 'vitest';
import { dropRequest, type ImportStep } from '../../../../../src-renderer/src/features/importing/import-request';
import { DROPPED_BYTES_PER_CALL } from '../../../../../src-shared/import/dropped-files';

/** A dropped file as the browser gives it; reading it is recorded, so a test can see it was never read. */
function droppedFile(name: string, size: number, read: string[]): File {
  return {
    name,
    size,
    arrayBuffer: async () => {
      read.push(name);
      return new ArrayBuffer(Math.min(size, 16));
    },
  } as unknown as File;
}

async function stepsOf(files: File[]): Promise<ImportStep[]> {
  const steps: ImportStep[] = [];
  for await (const step of dropRequest(files, () => '').steps) steps.push(step);
  return steps;
}

describe('a drop of files without a path', () => {
  it('sends them in calls capped by bytes, and reports a file too large for one call without reading it', async () => {
    const read: string[] = [];
    const third = Math.floor(DROPPED_BYTES_PER_CALL / 3);
    const files = [
      droppedFile('a.html', third * 2, read),
      droppedFile('huge.html', DROPPED_BYTES_PER_CALL + 1, read),
      droppedFile('b.html', third * 2, read),
      droppedFile('c.md', 10, read),
    ];
    const steps = await stepsOf(files);
    expect(steps[0]).toEqual({
      failures: [{ path: 'huge.html', reason: expect.stringContaining('too large to import by dropping it') }],
    });
    const calls = steps.slice(1).map((step) => ('source' in step && step.source.kind === 'files' ? step.source.files.map((f) => f.name) : []));
    expect(calls).toEqual([['a.html'], ['b.html', 'c.md']]);
    expect(read).not.toContain('huge.html');
  });
});
