import { Tag, type TagColour } from "@/components/ui/tag";
import { REVIEW_STATUS_EASY, REVIEW_STATUS_LABEL } from "@/lib/domain/involvement/venue-review";
import type { VenueReviewStatus } from "@/lib/generated/prisma/enums";

const COLOUR: Record<VenueReviewStatus, TagColour> = {
  PLANNED: "blue",
  VISITED: "orange",
  PROVIDER_RESPONDED: "yellow",
  REVISIT_PLANNED: "purple",
  CLOSED: "green",
};

export function VenueReviewStatusTag({
  status,
  easy = false,
}: {
  status: VenueReviewStatus;
  easy?: boolean;
}) {
  return <Tag colour={COLOUR[status]}>{(easy ? REVIEW_STATUS_EASY : REVIEW_STATUS_LABEL)[status]}</Tag>;
}
