import type { TenderStatus } from "@/lib/generated/prisma/enums";
import { TENDER_STATUS_LABEL } from "@/lib/domain/tenders/tender-status";
import { Tag, type TagColour } from "@/components/ui/tag";

const COLOUR: Record<TenderStatus, TagColour> = {
  DRAFT: "grey",
  PUBLISHED: "blue",
  CLOSED: "yellow",
  IN_EVALUATION: "purple",
  AWARDED: "green",
  CANCELLED: "red",
};

export function TenderStatusTag({ status }: { status: TenderStatus }) {
  return <Tag colour={COLOUR[status]}>{TENDER_STATUS_LABEL[status]}</Tag>;
}
