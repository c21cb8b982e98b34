/** The drop-down (ui/Select) used as a keyboard user does in jsdom: Enter opens its list, an option is chosen. */
import { fireEvent, screen, within } from '@testing-library/react';

/** Opens the drop-down and returns its list. */
export function openList(combobox: HTMLElement): HTMLElement {
  fireEvent.keyDown(combobox, { key: 'Enter' });
  return screen.getByRole('listbox');
}

/** The words of every option, the list closed again with Escape. */
export function optionNames(combobox: HTMLElement): string[] {
  const list = openList(combobox);
  const names = within(list).getAllByRole('option').map((option) => option.textContent);
  fireEvent.keyDown(list, { key: 'Escape' });
  return names;
}

/** Chooses the option named `name`. */
export function chooseOption(combobox: HTMLElement, name: string): void {
  fireEvent.click(within(openList(combobox)).getByRole('option', { name }));
}
