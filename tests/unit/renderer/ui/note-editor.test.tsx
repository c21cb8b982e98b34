/** The note editor in place: Ctrl/⌘+Enter saves, Escape cancels, a required note cannot be saved empty, errors stay. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LocaleProvider } from '../../../../src-renderer/src/ui/i18n';
import { NoteEditor } from '../../../../src-renderer/src/ui/NoteEditor';

function renderEditor(overrides: Partial<Parameters<typeof NoteEditor>[0]> = {}) {
  const props = {
    initial: 'First thought',
    label: 'Edit note',
    saveLabel: 'Save',
    onSave: vi.fn(async () => undefined),
    onDone: vi.fn(),
    onError: vi.fn(),
    ...overrides,
  };
  render(
    <LocaleProvider>
      <NoteEditor {...props} />
    </LocaleProvider>,
  );
  return { ...props, box: screen.getByRole('textbox', { name: 'Edit note' }) as HTMLTextAreaElement };
}

describe('NoteEditor', () => {
  it.each([
    ['Ctrl+Enter', { ctrlKey: true }],
    ['⌘+Enter', { metaKey: true }],
  ])('starts from the stored text, focused; %s saves the new text once and closes', async (_keys, modifier) => {
    const { box, onSave, onDone } = renderEditor();
    expect(box.value).toBe('First thought');
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: 'Second thought' } });
    fireEvent.keyDown(box, { key: 'Enter', ...modifier });
    fireEvent.keyDown(box, { key: 'Enter', ...modifier });
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith('Second thought');
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });

  it('Escape and Cancel close without saving; a plain Enter is a new line', () => {
    const { box, onSave, onDone } = renderEditor();
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.keyDown(box, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(onDone).toHaveBeenCalledTimes(2);
  });

  it('a required note cannot be saved empty, by the button or by the keys', () => {
    const { box, onSave } = renderEditor({ required: true });
    fireEvent.change(box, { target: { value: '   ' } });
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    expect(onSave).not.toHaveBeenCalled();
  });

  it('a failed save keeps the editor open with the text and reports the error', async () => {
    const failure = new Error('This note no longer exists.');
    const { box, onDone, onError } = renderEditor({ onSave: vi.fn(async () => Promise.reject(failure)) });
    fireEvent.change(box, { target: { value: 'Lost?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onError).toHaveBeenCalledWith(failure));
    expect(onDone).not.toHaveBeenCalled();
    expect(box.value).toBe('Lost?');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
