import { Tag, type TagColour } from "@/components/ui/tag";
import { FEEDBACK_STATUS_LABEL } from "@/lib/domain/feedback-questions";
import type { FeedbackStatus } from "@/lib/generated/prisma/enums";

const COLOUR: Record<FeedbackStatus, TagColour> = {
  RECEIVED: "grey",
  IN_REVIEW: "blue",
  ACTIONED: "green",
  CLOSED: "purple",
};

export function FeedbackStatusTag({ status }: { status: FeedbackStatus }) {
  return <Tag colour={COLOUR[status]}>{FEEDBACK_STATUS_LABEL[status]}</Tag>;
}
