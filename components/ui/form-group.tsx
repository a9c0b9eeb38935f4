import type { ReactNode } from "react";
import { cx } from "./cx";

export type LabelSize = "s" | "m" | "l" | "xl";

const labelSizes: Record<LabelSize, string> = {
  s: "font-bold",
  m: "text-lg font-bold sm:text-2xl",
  l: "text-2xl font-bold sm:text-4xl",
  xl: "text-[2rem] font-bold leading-tight sm:text-5xl",
};

/** Joins the ids of hints and errors for aria-describedby; undefined when there are none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return cx(...ids) || undefined;
}

export function FormGroup({
  error,
  className,
  children,
}: {
  error?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cx("mb-6 sm:mb-8", error && "border-l-[5px] border-error pl-4", className)}>
      {children}
    </div>
  );
}

export function Label({
  htmlFor,
  size,
  isPageHeading,
  children,
}: {
  htmlFor: string;
  size?: LabelSize;
  isPageHeading?: boolean;
  children: ReactNode;
}) {
  const labelSize = size ?? (isPageHeading ? "l" : undefined);
  const label = (
    <label htmlFor={htmlFor} className={cx("mb-1 block", labelSize && labelSizes[labelSize])}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="mb-2">{label}</h1> : label;
}

/** Hint text; className replaces the default bottom margin. */
export function Hint({ id, className, children }: { id?: string; className?: string; children: ReactNode }) {
  return (
    <div id={id} className={cx("text-secondary", className ?? "mb-3")}>
      {children}
    </div>
  );
}

export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="mb-3 font-bold text-error">
      <span className="sr-only">Error: </span>
      {children}
    </p>
  );
}

/** A fieldset whose legend names a group of inputs (radios, checkboxes, a date). */
export function Fieldset({
  legend,
  legendSize,
  isPageHeading,
  describedBy: describedById,
  children,
}: {
  legend: ReactNode;
  legendSize?: LabelSize;
  isPageHeading?: boolean;
  describedBy?: string;
  children: ReactNode;
}) {
  const size = legendSize ?? (isPageHeading ? "l" : undefined);
  return (
    <fieldset aria-describedby={describedById}>
      <legend className={cx("mb-2", size && labelSizes[size])}>
        {isPageHeading ? <h1 className="[font-size:inherit] [line-height:inherit]">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}

interface FrameProps {
  /** Prefix for the hint and error ids: `${id}-hint`, `${id}-error`. */
  id: string;
  hint?: ReactNode;
  error?: string;
  /** Gets the aria-describedby value for the control(s). */
  children: (describedById: string | undefined) => ReactNode;
}

function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </>
  );
}

const describedByFor = (id: string, hint: unknown, error: unknown) =>
  describedBy(hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined);

/** One labelled control with its hint and error, wired for aria-describedby. */
export function LabelledField({
  id,
  label,
  labelSize,
  isPageHeading,
  hint,
  error,
  children,
}: FrameProps & { label: ReactNode; labelSize?: LabelSize; isPageHeading?: boolean }) {
  return (
    <FormGroup error={!!error}>
      <Label htmlFor={id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      <HintAndError id={id} hint={hint} error={error} />
      {children(describedByFor(id, hint, error))}
    </FormGroup>
  );
}

/** A group of controls (radios, checkboxes, a date) under a legend, with its hint and error. */
export function FieldsetField({
  id,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  children,
}: FrameProps & { legend: ReactNode; legendSize?: LabelSize; isPageHeading?: boolean }) {
  const ids = describedByFor(id, hint, error);
  return (
    <FormGroup error={!!error}>
      <Fieldset legend={legend} legendSize={legendSize} isPageHeading={isPageHeading} describedBy={ids}>
        <HintAndError id={id} hint={hint} error={error} />
        {children(ids)}
      </Fieldset>
    </FormGroup>
  );
}
