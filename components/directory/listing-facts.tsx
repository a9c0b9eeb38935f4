import { ACCESSIBILITY_LABELS, type AccessibilityFeatureCode } from "@/lib/domain/directory";
import { formatDate } from "@/lib/domain/dates";
import { Tag } from "@/components/ui/tag";

/** "Free" or "Costs money" as a tag, with the provider's own words beside it when given. */
export function CostTag({ isFree }: { isFree: boolean }) {
  return isFree ? <Tag colour="green">Free</Tag> : <Tag colour="blue">Costs money</Tag>;
}

/** A listing's accessibility features in words, or a sentence saying none are recorded. */
export function AccessibilityList({ features }: { features: AccessibilityFeatureCode[] }) {
  if (features.length === 0) return <p>The provider has not listed any accessibility features.</p>;
  return (
    <ul className="list-disc pl-6">
      {features.map((f) => (
        <li key={f}>{ACCESSIBILITY_LABELS[f]}</li>
      ))}
    </ul>
  );
}

/** When the listing was last checked: by its provider ("still correct") or by an approved change. */
export function LastReviewed({
  lastReviewedAt,
  createdAt,
}: {
  lastReviewedAt: Date | null;
  createdAt: Date;
}) {
  return (
    <>
      Last reviewed {formatDate(lastReviewedAt ?? createdAt)}
      {lastReviewedAt ? "" : " (when it was listed)"}
    </>
  );
}
