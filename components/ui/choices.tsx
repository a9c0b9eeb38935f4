import type { ReactNode } from "react";
import { cx } from "./cx";
import { FieldsetField, Hint, type LabelSize } from "./form-group";

export type ChoiceOption = { value: string; label: ReactNode; hint?: ReactNode; disabled?: boolean };

type ChoicesBase = {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: ChoiceOption[];
  legendSize?: LabelSize;
  isPageHeading?: boolean;
  /** Inputs get ids `${idPrefix}-0`, `${idPrefix}-1`…; defaults to name. Link errors to `#${idPrefix}-0`. */
  idPrefix?: string;
};

export type RadiosProps = ChoicesBase & { defaultValue?: string; inline?: boolean };
export type CheckboxesProps = ChoicesBase & { defaultValues?: string[] };

function Choices({
  type,
  name,
  legend,
  hint,
  error,
  options,
  legendSize,
  isPageHeading,
  idPrefix = name,
  inline,
  isChecked,
}: ChoicesBase & { type: "radio" | "checkbox"; inline?: boolean; isChecked: (value: string) => boolean }) {
  return (
    <FieldsetField id={idPrefix} {...{ legend, legendSize, isPageHeading, hint, error }}>
      {() => (
        <div className={cx("flex gap-2", inline ? "flex-row flex-wrap gap-x-6" : "flex-col")}>
          {options.map((o, i) => {
            const inputId = `${idPrefix}-${i}`;
            const optionHintId = o.hint ? `${inputId}-hint` : undefined;
            return (
              <div key={o.value} className="flex min-h-11 items-start gap-3">
                <input
                  id={inputId}
                  name={name}
                  type={type}
                  value={o.value}
                  defaultChecked={isChecked(o.value)}
                  disabled={o.disabled}
                  aria-describedby={optionHintId}
                  className={cx(
                    "m-0.5 h-10 w-10 shrink-0 cursor-pointer accent-ink disabled:cursor-not-allowed",
                    type === "radio" ? "rounded-full" : "rounded-none",
                  )}
                />
                <div className="pt-2">
                  <label htmlFor={inputId} className="block cursor-pointer">
                    {o.label}
                  </label>
                  {o.hint && (
                    <Hint id={optionHintId} className="mb-0">
                      {o.hint}
                    </Hint>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      )}
    </FieldsetField>
  );
}

/** One choice from a few, as a fieldset of native radios (40px, keyboard as usual). */
export function Radios({ defaultValue, inline, ...props }: RadiosProps) {
  return <Choices type="radio" inline={inline} isChecked={(v) => v === defaultValue} {...props} />;
}

/** Any number of choices, as a fieldset of native checkboxes (40px). */
export function Checkboxes({ defaultValues = [], ...props }: CheckboxesProps) {
  return <Choices type="checkbox" isChecked={(v) => defaultValues.includes(v)} {...props} />;
}
