/** The drop-down (ui/Select): named by its label, showing its value whole in a tooltip, "" as a choice, type-ahead. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { isTextField } from '../../../../src-renderer/src/features/keyboard/key-commands';
import { Select } from '../../../../src-renderer/src/ui/Select';
import { chooseOption, openList } from '../support/select';

const LONG = 'a-tag-of-two-hundred-characters-'.repeat(6);

function Tags({ inDialog = false }: { inDialog?: boolean }) {
  const [tag, setTag] = useState('');
  const select = (
    <>
      <label htmlFor="tag">Tag</label>
      <Select
        id="tag"
        value={tag}
        options={[{ value: '', label: 'All tags' }, ...['books', 'boats', LONG, 'maps'].map((name) => ({ value: name, label: name }))]}
        onChange={setTag}
      />
      <output>{tag === '' ? 'none' : tag}</output>
    </>
  );
  return inDialog ? <div role="dialog" aria-label="Tags">{select}</div> : select;
}

describe('the drop-down', () => {
  it('is a combobox named by its label, showing its value with the whole of it in the tooltip', () => {
    render(<Tags />);
    const box = screen.getByRole('combobox', { name: 'Tag' });
    expect(box.textContent).toBe('All tags');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    chooseOption(box, LONG);
    expect(screen.getByRole('status').textContent).toBe(LONG);
    expect(box.textContent).toBe(LONG);
    expect(box.getAttribute('title')).toBe(LONG);
    // The empty value is a choice like the others.
    chooseOption(box, 'All tags');
    expect(screen.getByRole('status').textContent).toBe('none');
  });

  it('opens a list named like the drop-down, each long option whole in its tooltip', () => {
    render(<Tags />);
    const box = screen.getByRole('combobox', { name: 'Tag' });
    const list = openList(box);
    expect(list.getAttribute('aria-label')).toBe('Tag');
    expect(within(list).getAllByRole('option').map((option) => option.textContent)).toEqual(['All tags', 'books', 'boats', LONG, 'maps']);
    expect(within(list).getByRole('option', { name: LONG }).getAttribute('title')).toBe(LONG);
    expect(box.getAttribute('aria-expanded')).toBe('true');
  });

  it('puts its list inside the dialog that holds it, so that a click on it is not a click outside', () => {
    render(<Tags inDialog />);
    const list = openList(screen.getByRole('combobox', { name: 'Tag' }));
    expect(screen.getByRole('dialog', { name: 'Tags' }).contains(list)).toBe(true);
  });

  it('jumps to the option typed while closed, and its letters are not shortcuts', () => {
    render(<Tags />);
    const box = screen.getByRole('combobox', { name: 'Tag' });
    fireEvent.keyDown(box, { key: 'm' });
    expect(screen.getByRole('status').textContent).toBe('maps');
    expect(isTextField(box)).toBe(true);
    expect(isTextField(within(openList(box)).getByRole('option', { name: 'books' }))).toBe(true);
  });
});
