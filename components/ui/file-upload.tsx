import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";
import { LabelledField, type LabelSize } from "./form-group";

export type FileUploadProps = Omit<
  ComponentProps<"input">,
  "id" | "name" | "type" | "className" | "children"
> & {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  labelSize?: LabelSize;
};

/** A file input in the GOV.UK manner. `accept` only guides the browser: check type and size on the server. */
export function FileUpload({ id, name, label, hint, error, labelSize, ...props }: FileUploadProps) {
  return (
    <LabelledField {...{ id, label, labelSize, hint, error }}>
      {(ids) => (
        <input
          id={id}
          name={name}
          type="file"
          aria-describedby={ids}
          aria-invalid={error ? true : undefined}
          className={cx(
            "block w-full max-w-full cursor-pointer p-1",
            "file:mr-4 file:cursor-pointer file:border-0 file:bg-panel file:px-4 file:py-2 file:font-semibold file:text-ink file:shadow-[0_2px_0_#929191] hover:file:bg-panel-hover",
            error && "border-2 border-error",
          )}
          {...props}
        />
      )}
    </LabelledField>
  );
}
