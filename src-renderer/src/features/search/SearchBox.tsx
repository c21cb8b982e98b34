/**
 * The library's search box: results as you type; Escape clears it; `/`, Ctrl+K (⌘K) and, in the library, Ctrl+F
 * (⌘F) bring the focus to it; ↓ moves into the results (or the list).
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useReaderCommand } from '../../ui/use-reader-command';

interface Props {
  value: string;
  onChange: (value: string) => void;
}

export function SearchBox({ value, onChange }: Props) {
  const { t } = useTranslation('search');
  const box = useRef<HTMLInputElement>(null);
  useReaderCommand(['focus-search', 'find'], () => {
    box.current?.focus();
    box.current?.select();
  });
  return (
    <input
      ref={box}
      type="search"
      className="search-box"
      aria-label={t('searchLibrary')}
      placeholder={t('searchLibrary')}
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown') {
          const first = document.querySelector<HTMLElement>('.search-result-title, .article-item .article-title');
          if (first) {
            event.preventDefault();
            first.focus();
          }
          return;
        }
        if (event.key === 'Escape' && value !== '') {
          event.preventDefault();
          event.stopPropagation();
          onChange('');
        }
      }}
    />
  );
}
