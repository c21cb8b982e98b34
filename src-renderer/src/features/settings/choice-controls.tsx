/** Small labelled controls for one choice among a few: radio buttons in a fieldset, or a select. */
import { useId } from 'react';

interface ChoiceProps<T extends string> {
  choices: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}

export function ChoiceGroup<T extends string>({ legend, choices, labels, value, onChange }: ChoiceProps<T> & { legend: string }) {
  const name = useId();
  return (
    <fieldset className="text-settings-group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice}>
          <input type="radio" name={name} checked={value === choice} onChange={() => onChange(choice)} />
          {labels[choice]}
        </label>
      ))}
    </fieldset>
  );
}

export function ChoiceSelect<T extends string>({ label, choices, labels, value, onChange }: ChoiceProps<T> & { label: string }) {
  const id = useId();
  return (
    <div className="text-settings-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const picked = choices.find((choice) => choice === event.target.value);
          if (picked) onChange(picked);
        }}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labels[choice]}
          </option>
        ))}
      </select>
    </div>
  );
}
