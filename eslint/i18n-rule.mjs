/**
 * No user-visible words written in a component: JSX text and the attributes a person reads or hears (title,
 * aria-label, placeholder, alt, label-like props) must come from `t()`. The attributes excluded below are never
 * shown: class names, ids, roles, ARIA references and states, URLs, input types, keys and data attributes.
 */
export const NO_LITERAL_STRING_OPTIONS = {
  mode: 'jsx-only',
  'jsx-attributes': {
    exclude: [
      'className', 'style', 'type', 'key', 'id', 'role', 'href', 'src', 'rel', 'target', 'htmlFor', 'name', 'value',
      'defaultValue', 'd', 'viewBox', 'data-.*', 'aria-controls', 'aria-describedby', 'aria-labelledby', 'aria-live',
      'aria-haspopup', 'aria-current', 'aria-orientation', 'aria-sort', 'aria-autocomplete', 'aria-relevant',
      'aria-activedescendant', 'aria-owns',
      // ARIA states ("true", "false", "mixed"): machine values, never read out as words.
      'aria-hidden', 'aria-expanded', 'aria-pressed', 'aria-checked', 'aria-selected', 'aria-disabled', 'aria-invalid',
      'aria-busy', 'aria-modal', 'aria-atomic', 'aria-required', 'inputMode', 'autoComplete', 'dir', 'lang', 'accept', 'spellCheck',
      'enterKeyHint', 'tabIndex', 'scope', 'loading', 'decoding', 'referrerPolicy', 'sandbox', 'width', 'height',
      'kind', 'variant', 'size', 'side', 'align', 'position', 'mode', 'method', 'form', 'list', 'pattern', 'min', 'max', 'step',
      'wrap', 'draggable', 'translate', 'hidden', 'accessKey', 'fill', 'stroke', 'strokeWidth', 'xmlns',
      // Event handlers: code whose string arguments are commands, not words.
      'on[A-Z].*',
    ],
  },
  words: {
    // Punctuation, numbers, symbols and single characters that are the same in every language (×, →, …, %).
    exclude: ['[0-9!-/:-@[-`{-~\\s×→←↑↓…·•–—%]+', '[A-Z_-]+'],
  },
};
