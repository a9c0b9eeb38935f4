import type { SpecificationStatus } from "@/lib/generated/prisma/enums";
import { SPECIFICATION_STATUS_LABEL } from "@/lib/domain/specifications/specification-status";
import { Tag, type TagColour } from "@/components/ui/tag";

const COLOUR: Record<SpecificationStatus, TagColour> = {
  DRAFT: "grey",
  AWAITING_APPROVAL: "yellow",
  APPROVED: "green",
  ARCHIVED: "purple",
};

export function SpecificationStatusTag({ status }: { status: SpecificationStatus }) {
  return <Tag colour={COLOUR[status]}>{SPECIFICATION_STATUS_LABEL[status]}</Tag>;
}
