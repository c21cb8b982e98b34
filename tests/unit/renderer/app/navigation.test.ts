import { describe, expect, it } from 'vitest';
import { navigate, START, type Navigation } from '../../../../src-renderer/src/app/navigation';

const run = (...actions: Parameters<typeof navigate>[1][]): Navigation => actions.reduce(navigate, START);

describe('navigation between the screens', () => {
  it('starts in the library and remembers the last article opened for the list focus', () => {
    expect(START.screen).toEqual({ kind: 'library' });
    const state = run({ type: 'open', id: 'a' }, { type: 'back-from-article' });
    expect(state).toEqual({ screen: { kind: 'library' }, lastOpenId: 'a' });
  });

  it('an article opened at a highlight from the Notes view goes back to the Notes view', () => {
    const opened = run({ type: 'notes' }, { type: 'open-highlight', id: 'a', highlightId: 'h1' });
    expect(opened.screen).toEqual({ kind: 'article', id: 'a', focusHighlightId: 'h1', from: 'notes' });
    expect(navigate(opened, { type: 'back-from-article' }).screen).toEqual({ kind: 'notes' });
  });

  it('the next article (J) opened from an article reached from the library goes back to the library', () => {
    const state = run({ type: 'open', id: 'a' }, { type: 'open', id: 'b' }, { type: 'back-from-article' });
    expect(state).toEqual({ screen: { kind: 'library' }, lastOpenId: 'b' });
  });

  it('import history, a report, and back', () => {
    expect(run({ type: 'history' }).screen).toEqual({ kind: 'history' });
    expect(run({ type: 'history' }, { type: 'report', id: 'r' }).screen).toEqual({ kind: 'report', id: 'r' });
    expect(run({ type: 'report', id: 'r' }, { type: 'library' }).screen).toEqual({ kind: 'library' });
  });
});
