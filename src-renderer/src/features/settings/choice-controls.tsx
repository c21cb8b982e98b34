/**
 * Small labelled controls for one choice among a few: radio buttons in a fieldset, or a drop-down (ui/Select). `labels` gives
 * each choice's key in the `settings` messages.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select';
import type { Messages } from '../../../../src-shared/i18n/messages';

/** The keys of plain words (not the shortcut table's group). */
type SettingsKey = Exclude<keyof Messages['settings'], 'shortcut'>;

function keyOf<T extends string>(labels: Record<T, SettingsKey>, choice: T): SettingsKey {
  return labels[choice];
}

interface ChoiceProps<T extends string> {
  choices: readonly T[];
  labels: Record<T, SettingsKey>;
  value: T;
  onChange: (value: T) => void;
}

export function ChoiceGroup<T extends string>({ legend, choices, labels, value, onChange }: ChoiceProps<T> & { legend: string }) {
  const { t } = useTranslation('settings');
  const name = useId();
  return (
    <fieldset className="text-settings-group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice}>
          <input type="radio" name={name} checked={value === choice} onChange={() => onChange(choice)} />
          {t(keyOf(labels, choice))}
        </label>
      ))}
    </fieldset>
  );
}

export function ChoiceSelect<T extends string>({ label, choices, labels, value, onChange }: ChoiceProps<T> & { label: string }) {
  const { t } = useTranslation('settings');
  return (
    <LabelledSelect label={label} choices={choices} names={(choice) => t(keyOf(labels, choice))} value={value} onChange={onChange} />
  );
}

/** A drop-down whose options are named by `names` (words already in the interface's language, or a language's own name). */
export function LabelledSelect<T extends string>({ label, choices, names, value, onChange }: {
  label: string;
  choices: readonly T[];
  names: (choice: T) => string;
  value: T;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="text-settings-field">
      <label htmlFor={id}>{label}</label>
      <Select id={id} value={value} options={choices.map((choice) => ({ value: choice, label: names(choice) }))} onChange={onChange} />
    </div>
  );
}
