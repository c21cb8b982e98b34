/**
 * The one drop-down of the interface (Radix Select): a button showing the chosen option and a chevron, and a
 * list in a portal at least as wide as the button and never wider than the window. Keyboard: Enter, Space or the
 * arrows open it, the arrows move, typed letters jump to an option (also while it is closed), Enter chooses,
 * Escape closes it and gives the focus back to the button. Its accessible name is its `<label htmlFor={id}>` (or
 * `aria-label`), which the list takes too. A long option is cut with an ellipsis, whole in its tooltip, so it never
 * widens the layout. Inside a dialog the list is put in that dialog, so a modal one keeps it usable and a click
 * on it is not a click outside.
 */
import * as RadixSelect from '@radix-ui/react-select';
import { Check, ChevronDown, ChevronUp } from 'lucide-react';
import { useCallback, useRef, useState, type ComponentProps, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { inertOutside } from './inert-outside';
import './select.css';

export interface SelectOption<T extends string> {
  value: T;
  /** The option's words, in the interface's language (or a name of its own, such as a tag's). */
  label: string;
}

type TriggerAttributes = Omit<ComponentProps<'button'>, 'value' | 'onChange' | 'children' | 'title' | 'ref' | 'type'>;

interface Props<T extends string> extends TriggerAttributes {
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  ref?: Ref<HTMLButtonElement>;
  /**
   * Shown on the button instead of the chosen option (an icon, in a toolbar): the option's words stay the button's
   * content for screen readers, hidden from sight, and the tooltip says "label: option".
   */
  icon?: ReactNode;
}

/** Radix keeps the empty string for "nothing chosen"; an option worth "" (All…, Choose…) is this inside. */
const EMPTY = '\u0000empty';
const inside = (value: string) => (value === '' ? EMPTY : value);

/** Where the list goes, and its name: the dialog that holds the button (else the body), and the button's label. */
function placeOf(trigger: HTMLButtonElement | null): { container: HTMLElement | null; name: string | undefined } {
  if (!trigger) return { container: null, name: undefined };
  const labelled = trigger.getAttribute('aria-label') ?? [...(trigger.labels ?? [])].map((label) => label.textContent.trim()).join(' ');
  return { container: trigger.closest<HTMLElement>('dialog, [role="dialog"]'), name: labelled || undefined };
}

export function Select<T extends string>({ value, options, onChange, className, ref, icon, ...trigger }: Props<T>) {
  const { i18n, t } = useTranslation();
  const button = useRef<HTMLButtonElement | null>(null);
  const [place, setPlace] = useState(() => placeOf(null));
  // While the list is in the window the rest of it is inert; it is given back as soon as the list closes, before
  // Radix gives the focus back to the button. (Closed, Radix keeps the options in a detached fragment.)
  const undoInert = useRef<(() => void) | null>(null);
  const giveBack = () => {
    undoInert.current?.();
    undoInert.current = null;
  };
  const list = useCallback((node: HTMLDivElement | null) => {
    undoInert.current?.();
    undoInert.current = node?.isConnected ? inertOutside(node) : null;
  }, []);
  const chosen = options.find((option) => option.value === value);
  const setButton = (node: HTMLButtonElement | null) => {
    button.current = node;
    if (typeof ref === 'function') ref(node);
    else if (ref) ref.current = node;
  };
  return (
    <RadixSelect.Root
      value={inside(value)}
      dir={i18n.dir()}
      onOpenChange={(open) => {
        if (open) setPlace(placeOf(button.current));
        else giveBack();
      }}
      onValueChange={(picked) => {
        const option = options.find((candidate) => inside(candidate.value) === picked);
        if (option) onChange(option.value);
      }}
    >
      <RadixSelect.Trigger
        {...trigger}
        ref={setButton}
        className={['select-trigger', icon ? 'select-trigger-icon' : '', className ?? ''].filter(Boolean).join(' ')}
        title={icon && trigger['aria-label'] ? t('labelled', { label: trigger['aria-label'], value: chosen?.label ?? '' }) : chosen?.label}
      >
        {icon}
        {/* Radix's Value and ItemText take no class: a span around each cuts its text. */}
        <span className={icon ? 'visually-hidden' : 'select-value'}>
          <RadixSelect.Value>{chosen?.label}</RadixSelect.Value>
        </span>
        {!icon && (
          <RadixSelect.Icon className="select-icon">
            <ChevronDown aria-hidden="true" size={16} />
          </RadixSelect.Icon>
        )}
      </RadixSelect.Trigger>
      <RadixSelect.Portal container={place.container}>
        <RadixSelect.Content
          ref={list}
          className="menu-content select-content"
          position="popper"
          sideOffset={4}
          collisionPadding={8}
          aria-label={place.name}
        >
          <RadixSelect.ScrollUpButton className="select-scroll">
            <ChevronUp aria-hidden="true" size={16} />
          </RadixSelect.ScrollUpButton>
          <RadixSelect.Viewport className="select-viewport">
            {options.map((option) => (
              <RadixSelect.Item key={option.value} value={inside(option.value)} className="menu-item select-item" title={option.label}>
                <span className="select-item-text">
                  <RadixSelect.ItemText>{option.label}</RadixSelect.ItemText>
                </span>
                <RadixSelect.ItemIndicator className="select-item-check">
                  <Check aria-hidden="true" size={16} />
                </RadixSelect.ItemIndicator>
              </RadixSelect.Item>
            ))}
          </RadixSelect.Viewport>
          <RadixSelect.ScrollDownButton className="select-scroll">
            <ChevronDown aria-hidden="true" size={16} />
          </RadixSelect.ScrollDownButton>
        </RadixSelect.Content>
      </RadixSelect.Portal>
    </RadixSelect.Root>
  );
}
