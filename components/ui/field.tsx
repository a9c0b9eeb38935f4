import type { ComponentProps, ReactNode } from "react";
import { CharacterCount } from "./character-count";
import { cx } from "./cx";
import { FieldsetField, LabelledField, type LabelSize } from "./form-group";

export {
  FieldError,
  Fieldset,
  FieldsetField,
  FormGroup,
  Hint,
  Label,
  LabelledField,
  describedBy,
  type LabelSize,
} from "./form-group";
export { Checkboxes, Radios, type ChoiceOption, type CheckboxesProps, type RadiosProps } from "./choices";

export type FieldWidth = "full" | "30" | "20" | "10" | "5" | "4" | "3" | "2";

// Widths in ex fit about that many characters, as GOV.UK's fixed-width inputs do.
const widths: Record<FieldWidth, string> = {
  full: "w-full",
  "30": "w-full max-w-[59ex]",
  "20": "w-full max-w-[41ex]",
  "10": "w-full max-w-[23ex]",
  "5": "w-full max-w-[10.8ex]",
  "4": "w-full max-w-[9ex]",
  "3": "w-full max-w-[7.2ex]",
  "2": "w-full max-w-[5.4ex]",
};

const control = "block rounded-none border-2 bg-white text-ink";

type FieldBase = {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  labelSize?: LabelSize;
  /** The label is the page's h1 (one question on the page). */
  isPageHeading?: boolean;
};

export type TextInputProps = FieldBase &
  Omit<ComponentProps<"input">, "id" | "name" | "width" | "className" | "children" | "prefix"> & {
    width?: FieldWidth;
    /** Shown before the input, for example "£"; say the unit in the label too. */
    prefix?: string;
    /** Shown after the input, for example "days"; say the unit in the label too. */
    suffix?: string;
  };

export function TextInput({
  id,
  name,
  label,
  hint,
  error,
  labelSize,
  isPageHeading,
  width = "full",
  type = "text",
  prefix,
  suffix,
  ...props
}: TextInputProps) {
  const input = (ids: string | undefined) => (
    <input
      id={id}
      name={name}
      type={type}
      aria-describedby={ids}
      aria-invalid={error ? true : undefined}
      className={cx(control, "h-10 px-1.5", error ? "border-error" : "border-ink", widths[width])}
      {...props}
    />
  );
  const affix = "flex h-10 shrink-0 items-center border-2 border-ink bg-panel px-2";
  return (
    <LabelledField {...{ id, label, labelSize, isPageHeading, hint, error }}>
      {(ids) =>
        prefix || suffix ? (
          <div className="flex items-stretch">
            {prefix && (
              <span aria-hidden="true" className={cx(affix, "border-r-0")}>
                {prefix}
              </span>
            )}
            {input(ids)}
            {suffix && (
              <span aria-hidden="true" className={cx(affix, "border-l-0")}>
                {suffix}
              </span>
            )}
          </div>
        ) : (
          input(ids)
        )
      }
    </LabelledField>
  );
}

export type TextareaProps = FieldBase &
  Omit<
    ComponentProps<"textarea">,
    "id" | "name" | "className" | "children" | "defaultValue" | "maxLength"
  > & {
    defaultValue?: string;
    /** Shows how many characters are left. Not enforced by the browser: validate on the server. */
    maxLength?: number;
  };

export function Textarea({
  id,
  name,
  label,
  hint,
  error,
  labelSize,
  isPageHeading,
  rows = 5,
  maxLength,
  ...props
}: TextareaProps) {
  const className = cx(control, "w-full p-1.5");
  return (
    <LabelledField {...{ id, label, labelSize, isPageHeading, hint, error }}>
      {(ids) => {
        const shared = {
          id,
          name,
          rows,
          "aria-describedby": ids,
          "aria-invalid": error ? true : undefined,
          ...props,
        };
        return maxLength ? (
          <CharacterCount maxLength={maxLength} className={className} {...shared} />
        ) : (
          <textarea className={cx(className, error ? "border-error" : "border-ink")} {...shared} />
        );
      }}
    </LabelledField>
  );
}

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = FieldBase &
  Omit<ComponentProps<"select">, "id" | "name" | "className" | "children"> & {
    options: SelectOption[];
    width?: FieldWidth;
  };

/** Use radios where there are few options; a select only where the list is long. */
export function Select({
  id,
  name,
  label,
  hint,
  error,
  labelSize,
  isPageHeading,
  options,
  width,
  ...props
}: SelectProps) {
  return (
    <LabelledField {...{ id, label, labelSize, isPageHeading, hint, error }}>
      {(ids) => (
        <select
          id={id}
          name={name}
          aria-describedby={ids}
          aria-invalid={error ? true : undefined}
          className={cx(
            control,
            "h-10 max-w-full min-w-[11.5em] px-1",
            error ? "border-error" : "border-ink",
            width && widths[width],
          )}
          {...props}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}

export type DateParts = { day?: string; month?: string; year?: string };

export type DateInputProps = {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  defaultValue?: DateParts;
  /** Which parts to mark as wrong; all three when there is an error and this is not given. */
  errorFields?: (keyof DateParts)[];
  legendSize?: LabelSize;
  isPageHeading?: boolean;
  /** "bday" for a date of birth, so browsers can fill it in. */
  autoCompletePrefix?: "bday";
};

const DATE_PARTS = [
  { part: "day", label: "Day", width: "max-w-[5.4ex]" },
  { part: "month", label: "Month", width: "max-w-[5.4ex]" },
  { part: "year", label: "Year", width: "max-w-[9ex]" },
] as const;

/** Day, month and year inputs named `${name}-day` etc., with ids `${id}-day` etc. */
export function DateInput({
  id,
  name,
  legend,
  hint,
  error,
  defaultValue,
  errorFields,
  legendSize,
  isPageHeading,
  autoCompletePrefix,
}: DateInputProps) {
  return (
    <FieldsetField {...{ id, legend, legendSize, isPageHeading, hint, error }}>
      {() => (
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {DATE_PARTS.map(({ part, label, width }) => {
            const wrong = !!error && (!errorFields || errorFields.includes(part));
            return (
              <div key={part}>
                <label htmlFor={`${id}-${part}`} className="mb-1 block">
                  {label}
                </label>
                <input
                  id={`${id}-${part}`}
                  name={`${name}-${part}`}
                  type="text"
                  inputMode="numeric"
                  spellCheck={false}
                  autoComplete={autoCompletePrefix ? `${autoCompletePrefix}-${part}` : undefined}
                  defaultValue={defaultValue?.[part]}
                  aria-invalid={wrong ? true : undefined}
                  className={cx(control, "h-10 w-full px-1.5", width, wrong ? "border-error" : "border-ink")}
                />
              </div>
            );
          })}
        </div>
      )}
    </FieldsetField>
  );
}
