import type { ReactNode } from "react";

export type Choice = { value: string; label: string };

// A labelled select over plain choices: the desk's forms all pick from such lists.
export function ChoiceField({ label, name, choices }: { label: ReactNode; name: string; choices: Choice[] }) {
  return (
    <label>
      {label}
      <select name={name}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
