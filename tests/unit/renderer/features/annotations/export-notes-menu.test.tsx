/** Export notes…: a keyboard-usable menu of the two formats; the chosen one is built and handed to main. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ExportNotesMenu } from '../../../../../src-renderer/src/features/annotations/export/ExportNotesMenu';
import { annotated } from '../../../shared/notes-export/fixtures';
import { installFakeBridge, ok } from '../../support/fake-bridge';

function setup() {
  const bridge = installFakeBridge();
  const onError = vi.fn();
  const load = vi.fn(async () => ({ kind: 'article' as const, entry: annotated() }));
  render(<ExportNotesMenu load={load} onError={onError} />);
  const button = screen.getByRole('button', { name: 'Export notes…' });
  return { bridge, onError, load, button };
}

describe('Export notes…', () => {
  it('opens a menu with the focus on its first format; arrows move, Escape closes and gives the focus back', () => {
    const { button } = setup();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['Markdown (.md)', 'Web Annotation JSON-LD (.jsonld)']);
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('sends the Markdown of the article to main and says where it was saved', async () => {
    const { bridge, button } = setup();
    vi.mocked(bridge.api.notes.saveExport).mockResolvedValueOnce(ok({ path: '/home/ada/Rivers (notes).md' }));
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Markdown (.md)' }));
    expect(await screen.findByText('Notes exported to \u2068Rivers (notes).md\u2069.')).toBeTruthy();
    const request = vi.mocked(bridge.api.notes.saveExport).mock.calls[0]![0];
    expect(request.format).toBe('markdown');
    expect(request.suggestedName).toBe('Rivers: a "short" history #1 (notes)');
    expect(request.text.startsWith('---\ntitle: "Rivers: a \\"short\\" history #1"\n')).toBe(true);
  });

  it('sends JSON-LD for the other format, and reports main\'s error', async () => {
    const { bridge, button, onError } = setup();
    vi.mocked(bridge.api.notes.saveExport).mockResolvedValueOnce({ ok: false, error: { code: 'io', message: 'The disk is full.' } });
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('menuitem', { name: /JSON-LD/ }));
    await waitFor(() => expect(onError).toHaveBeenCalled());
    expect(String(onError.mock.calls[0]![0])).toContain('The disk is full.');
    const request = vi.mocked(bridge.api.notes.saveExport).mock.calls[0]![0];
    expect(request.format).toBe('json-ld');
    expect(JSON.parse(request.text)).toMatchObject({ type: 'AnnotationCollection', total: 4 });
  });
});
