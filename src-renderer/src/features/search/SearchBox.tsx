/** The library's search box: results as you type; Escape clears it. */
interface Props {
  value: string;
  onChange: (value: string) => void;
}

export function SearchBox({ value, onChange }: Props) {
  return (
    <input
      type="search"
      className="search-box"
      aria-label="Search library"
      placeholder="Search library"
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && value !== '') {
          event.preventDefault();
          event.stopPropagation();
          onChange('');
        }
      }}
    />
  );
}
