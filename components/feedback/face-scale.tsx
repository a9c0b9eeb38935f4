import { Frown, Meh, Smile } from "lucide-react";
import { FieldsetField } from "@/components/ui/field";
import { cx } from "@/components/ui/cx";
import { FACES } from "@/lib/domain/feedback-questions";
import type { Face } from "@/lib/generated/prisma/enums";

const ICON = { HAPPY: Smile, OKAY: Meh, SAD: Frown } as const;

/**
 * The picture scale (happy, okay, sad): native radios, so arrow keys and screen readers work as
 * usual; each has a big picture and a visible text label, and the whole card is the target.
 */
export function FaceScale({
  name,
  legend,
  error,
  defaultValue,
  idPrefix = name,
  size = "large",
}: {
  name: string;
  legend: React.ReactNode;
  error?: string;
  defaultValue?: Face | string;
  idPrefix?: string;
  size?: "large" | "small";
}) {
  return (
    <FieldsetField id={idPrefix} legend={legend} legendSize={size === "large" ? "l" : "s"} error={error}>
      {(ids) => (
        <div className="flex flex-wrap gap-4">
          {FACES.map((f, i) => {
            const Icon = ICON[f.value];
            const id = `${idPrefix}-${i}`;
            return (
              <label
                key={f.value}
                htmlFor={id}
                className={cx(
                  "flex cursor-pointer flex-col items-center gap-2 border-2 border-ink bg-white p-3 has-[:checked]:bg-panel has-[:checked]:outline-4 has-[:checked]:outline-ink has-[:focus-visible]:outline-4 has-[:focus-visible]:outline-focus",
                  size === "large" ? "min-w-36" : "min-w-24",
                )}
              >
                <Icon aria-hidden="true" className={size === "large" ? "h-20 w-20" : "h-10 w-10"} />
                <span className="flex items-center gap-2">
                  <input
                    id={id}
                    type="radio"
                    name={name}
                    value={f.value}
                    defaultChecked={defaultValue === f.value}
                    aria-describedby={ids}
                    className="h-8 w-8 accent-ink"
                  />
                  <span className={size === "large" ? "text-2xl font-bold" : "font-bold"}>{f.label}</span>
                </span>
                {size === "large" && <span className="text-center">{f.easy}</span>}
              </label>
            );
          })}
        </div>
      )}
    </FieldsetField>
  );
}
