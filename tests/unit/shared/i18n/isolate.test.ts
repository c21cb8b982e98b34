/** A value put into a translated sentence is isolated once: never unisolated, never wrapped twice. */
import { describe, expect, it } from 'vitest';
import { isolate } from '../../../../src-shared/i18n/isolate';

describe('isolate', () => {
  it('wraps a value in a first-strong isolate', () => {
    expect(isolate('مرحبا')).toBe('\u2068مرحبا\u2069');
  });

  it('leaves a value that is one isolate already as it is', () => {
    expect(isolate(isolate('The Lost Page'))).toBe('\u2068The Lost Page\u2069');
  });

  it('wraps two isolates side by side, which are not one isolate', () => {
    const two = `${isolate('a')} and ${isolate('b')}`;
    expect(isolate(two)).toBe(`\u2068${two}\u2069`);
    expect(isolate('\u2068a\u2069\u2068b\u2069')).toBe('\u2068\u2068a\u2069\u2068b\u2069\u2069');
  });
});
