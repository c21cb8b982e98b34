/** docs/bundle-format.md publishes the JSON Schemas the reader validates with: the page and the code stay equal. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../../../../src-main/services/bundle/schema-validation';
import { validateAgainst } from '../../../../../src-main/services/bundle/schema-validation';

const doc = readFileSync(join(process.cwd(), 'docs/bundle-format.md'), 'utf8');
const blocks = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => match[1] ?? '');

describe('docs/bundle-format.md', () => {
  it.each(Object.entries(SCHEMAS))('publishes the %s schema exactly as the reader uses it', (_name, schema) => {
    const published = blocks.map((block) => JSON.parse(block) as unknown).filter((json) => (json as { title?: unknown }).title === (schema as { title: string }).title);
    expect(published).toEqual([schema]);
  });

  it('its manifest example is valid', () => {
    const example = JSON.parse(blocks[0] ?? '') as unknown;
    expect(validateAgainst('manifest', example)).toEqual({ ok: true, value: example });
  });
});
