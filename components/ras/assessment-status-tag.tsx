import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { Tag, type TagColour } from "@/components/ui/tag";

const TAGS: Record<AssessmentStatus, { label: string; colour: TagColour }> = {
  DRAFT: { label: "In progress", colour: "yellow" },
  SUBMITTED: { label: "Waiting for approval", colour: "blue" },
  APPROVED: { label: "Approved", colour: "green" },
  REFUSED: { label: "Refused", colour: "red" },
};

export function AssessmentStatusTag({ status }: { status: AssessmentStatus }) {
  const t = TAGS[status];
  return <Tag colour={t.colour}>{t.label}</Tag>;
}
