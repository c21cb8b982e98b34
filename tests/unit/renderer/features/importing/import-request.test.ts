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
  const noPaths = async (dropped: readonly File[]) => ({ ok: true as const, value: { grant: null, withoutPath: dropped.map((_, i) => i) } });
  for await (const step of dropRequest(files, noPaths).steps) steps.push(step);
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

describe('a drop of files with paths', () => {
  it('imports them through the grant main gave for them, and only the others as bytes', async () => {
    const read: string[] = [];
    const files = [droppedFile('on-disk.md', 10, read), droppedFile('in-memory.md', 10, read)];
    const grant = { grantId: 'g-1', names: ['on-disk.md'], mode: 'files' as const };
    const steps: ImportStep[] = [];
    for await (const step of dropRequest(files, async () => ({ ok: true, value: { grant, withoutPath: [1] } })).steps) steps.push(step);
    expect(steps[0]).toEqual({ source: { kind: 'grant', grantId: 'g-1' } });
    expect(steps.slice(1).map((step) => ('source' in step && step.source.kind === 'files' ? step.source.files.map((f) => f.name) : []))).toEqual([['in-memory.md']]);
    expect(read).toEqual(['in-memory.md']);
  });

  it('stops with main’s message when the grant is refused', async () => {
    const refused = async () => ({ ok: false as const, error: { code: 'invalid-argument' as const, message: 'Too many files.' } });
    const steps = dropRequest([droppedFile('a.md', 1, [])], refused).steps as AsyncIterable<ImportStep>;
    await expect((async () => {
      for await (const step of steps) void step;
    })()).rejects.toThrow('Too many files.');
  });
});
