/**
 * "Text settings" in the reader bar: a button that opens a small non-modal panel with the theme, high contrast,
 * font, line height, column width and justification, and the interface's Language. Keyboard: the panel takes focus when it opens; Escape (or
 * the button again) closes it and gives focus back to the button; a click outside closes it.
 */
import { Type } from 'lucide-react';
import { IconButton } from '../../ui/IconButton';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup, ChoiceSelect } from './choice-controls';
import { LanguageSetting } from './LanguageSetting';
import {
  COLUMN_WIDTH_LABELS,
  COLUMN_WIDTHS,
  FONT_LABELS,
  FONTS,
  LINE_HEIGHT_LABELS,
  LINE_HEIGHTS,
  THEME_LABELS,
  THEMES,
  type TextSettings,
} from './text-settings';

interface Props {
  settings: TextSettings;
  onChange: (change: Partial<TextSettings>) => void;
}

export function TextSettingsPanel({ settings: stored, onChange: store }: Props) {
  const { t } = useTranslation('settings');
  const [open, setOpen] = useState(false);
  // What the controls show: the stored settings, with a change shown at once while it is being stored.
  const [seen, setSeen] = useState(stored);
  const [settings, setSettings] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    setSettings(stored);
  }
  const onChange = (change: Partial<TextSettings>) => {
    setSettings((was) => ({ ...was, ...change }));
    store(change);
  };
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const panel = panelRef.current;
    (panel?.querySelector<HTMLElement>('input:checked') ?? panel?.querySelector<HTMLElement>('input'))?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="text-settings">
      <IconButton
        label={t('textSettings')}
        icon={<Type aria-hidden="true" size={18} />}
        ref={buttonRef}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      />
      <div
        id={panelId}
        ref={panelRef}
        role="dialog"
        aria-label={t('textSettings')}
        className="text-settings-panel"
        hidden={!open}
        onKeyDown={(event) => {
          // Escape in an open drop-down closes only the drop-down (Radix handled it first).
          if (event.key !== 'Escape' || event.defaultPrevented) return;
          event.preventDefault();
          close();
        }}
      >
        <ChoiceGroup
          legend={t('theme')}
          choices={THEMES}
          labels={THEME_LABELS}
          value={settings.theme}
          onChange={(theme) => onChange({ theme })}
        />
        <label className="text-settings-check">
          <input
            type="checkbox"
            checked={settings.highContrast}
            onChange={(event) => onChange({ highContrast: event.target.checked })}
          />
          {t('highContrast')}
        </label>
        <ChoiceGroup
          legend={t('font')}
          choices={FONTS}
          labels={FONT_LABELS}
          value={settings.font}
          onChange={(font) => onChange({ font })}
        />
        <ChoiceSelect
          label={t('lineHeight')}
          choices={LINE_HEIGHTS}
          labels={LINE_HEIGHT_LABELS}
          value={settings.lineHeight}
          onChange={(lineHeight) => onChange({ lineHeight })}
        />
        <ChoiceSelect
          label={t('columnWidth')}
          choices={COLUMN_WIDTHS}
          labels={COLUMN_WIDTH_LABELS}
          value={settings.columnWidth}
          onChange={(columnWidth) => onChange({ columnWidth })}
        />
        <label className="text-settings-check">
          <input
            type="checkbox"
            checked={settings.justify}
            onChange={(event) => onChange({ justify: event.target.checked })}
          />
          {t('justify')}
        </label>
        <LanguageSetting />
      </div>
    </div>
  );
}
