"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type ComponentProps } from "react";
import { cx } from "./cx";

const noSubscription = () => () => {};

/** False in the server render and during hydration, true once JavaScript is running. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

function countMessage(maxLength: number, length: number): string {
  const left = maxLength - length;
  if (left >= 0) return `You have ${left} character${left === 1 ? "" : "s"} remaining`;
  return `You have ${-left} character${left === -1 ? "" : "s"} too many`;
}

export type CharacterCountProps = Omit<ComponentProps<"textarea">, "maxLength" | "defaultValue" | "id"> & {
  id: string;
  maxLength: number;
  defaultValue?: string;
};

/**
 * A textarea that shows how many characters are left. Like GOV.UK's, it lets people type past the
 * limit (then says how many too many) rather than cutting pasted text off silently.
 * Pass className without a border colour: this sets it (red when invalid or over the limit).
 */
export function CharacterCount({
  id,
  maxLength,
  defaultValue = "",
  className,
  onChange,
  "aria-describedby": ariaDescribedBy,
  ...props
}: CharacterCountProps) {
  const hydrated = useHydrated();
  const [length, setLength] = useState(defaultValue.length);
  const [announced, setAnnounced] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const infoId = `${id}-info`;
  const over = length > maxLength;
  return (
    <>
      <textarea
        id={id}
        defaultValue={defaultValue}
        aria-describedby={cx(ariaDescribedBy, infoId)}
        className={cx(className, over || props["aria-invalid"] ? "border-error" : "border-ink")}
        onChange={(event) => {
          onChange?.(event);
          const next = event.target.value.length;
          setLength(next);
          // Screen readers hear the count once typing pauses, not on every key.
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setAnnounced(next), 1000);
        }}
        {...props}
      />
      <div id={infoId} className={cx("mt-1 text-secondary", hydrated && "sr-only")}>
        You can enter up to {maxLength} characters
      </div>
      {hydrated && (
        <div aria-hidden="true" className={cx("mt-1", over ? "font-bold text-error" : "text-secondary")}>
          {countMessage(maxLength, length)}
        </div>
      )}
      <div aria-live="polite" className="sr-only">
        {announced === null ? "" : countMessage(maxLength, announced)}
      </div>
    </>
  );
}
