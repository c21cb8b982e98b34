/**
 * A highlight's colour, compact: one swatch button ("Colour: green") that opens a Radix popover with the five
 * colours as radio buttons. Arrow keys move between them (each choice applies at once, as radio buttons do), Enter
 * or a click closes it, Escape closes it too; the focus goes back to the swatch. The popover stays inside the card
 * (no portal), so it scrolls with the panel and reads in its place.
 */
import * as Popover from '@radix-ui/react-popover';
import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../data/database';
import { colorNameKey } from '../highlighting/colors';

interface Props {
  /** Names the radio group, one per card. */
  name: string;
  color: HighlightColor;
  onColor: (color: HighlightColor) => void;
}

export function ColourChoice({ name, color, onColor }: Props) {
  const { t } = useTranslation('annotations');
  const [open, setOpen] = useState(false);
  const onClick = (event: MouseEvent) => {
    // A pointer's click (detail ≥ 1) chooses and closes; the clicks that arrow keys make (detail 0) only choose.
    if (event.detail > 0) setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      setOpen(false);
    }
  };
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button type="button" className="colour-trigger" aria-label={t('colourIs', { colour: t(colorNameKey(color)) })} title={t('colour')}>
          <span className="swatch" data-color={color} aria-hidden="true" />
        </button>
      </Popover.Trigger>
      <Popover.Content
        className="menu-content colour-popover"
        side="bottom"
        align="start"
        sideOffset={4}
        collisionPadding={8}
        aria-label={t('colour')}
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          (event.currentTarget as HTMLElement).querySelector<HTMLInputElement>('input:checked')?.focus();
        }}
      >
        <div className="color-choices" role="radiogroup" aria-label={t('colour')}>
          {HIGHLIGHT_COLORS.map((choice) => (
            <label key={choice} className="swatch-choice" title={t(colorNameKey(choice))}>
              <input
                type="radio"
                name={name}
                value={choice}
                checked={choice === color}
                aria-label={t(colorNameKey(choice))}
                onChange={() => onColor(choice)}
                onClick={onClick}
                onKeyDown={onKeyDown}
              />
              <span className="swatch" data-color={choice} aria-hidden="true" />
            </label>
          ))}
        </div>
      </Popover.Content>
    </Popover.Root>
  );
}
