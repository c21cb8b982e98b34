import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { valueStore } from '../../../../src-renderer/src/ui/value-store';

describe('valueStore', () => {
  it('every reader shows the value set, and a same value renders nothing again', () => {
    const store = valueStore(0);
    let renders = 0;
    function Reader({ label }: { label: string }) {
      renders += 1;
      return <p>{`${label} ${store.use()}`}</p>;
    }
    render(
      <>
        <Reader label="a" />
        <Reader label="b" />
      </>,
    );
    act(() => store.set(3));
    expect(screen.getByText('a 3')).toBeTruthy();
    expect(screen.getByText('b 3')).toBeTruthy();
    const before = renders;
    act(() => store.set(3));
    expect(renders).toBe(before);
  });

  it('asks for the value once for all readers, and again for the next reader when asking failed', async () => {
    const store = valueStore<string | null>(null);
    const asked: string[] = [];
    let fail = true;
    store.onFirstReader(async () => {
      asked.push('ask');
      if (fail) throw new Error('main is not there');
      store.set('from main');
    });
    function Reader() {
      return <p>{store.use() ?? 'unknown'}</p>;
    }
    const first = render(
      <>
        <Reader />
        <Reader />
      </>,
    );
    await act(async () => {
      await Promise.resolve();
    });
    expect(asked).toEqual(['ask']);
    first.unmount();
    fail = false;
    render(<Reader />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(asked).toEqual(['ask', 'ask']);
    expect(screen.getByText('from main')).toBeTruthy();
  });
});
