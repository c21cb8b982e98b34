/**
 * A toolbar button shown as an icon (lucide): its accessible name is `label`, and the same words (with the key, if
 * any) are its tooltip. Other button attributes pass through (aria-pressed, aria-expanded, aria-disabled, ref…).
 */
import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props extends Omit<ComponentProps<'button'>, 'children' | 'title'> {
  label: string;
  icon: ReactNode;
  /** The key that does the same, shown in the tooltip: "Zoom In (Ctrl+=)". */
  shortcut?: string;
}

export function IconButton({ label, icon, shortcut, className, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      {...rest}
      className={className ? `icon-button ${className}` : 'icon-button'}
      aria-label={label}
      title={shortcut ? t('withShortcut', { label, shortcut }) : label}
    >
      {icon}
    </button>
  );
}
