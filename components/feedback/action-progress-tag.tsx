import { Tag, type TagColour } from "@/components/ui/tag";
import { ACTION_PROGRESS_LABEL } from "@/lib/domain/feedback-questions";
import type { ActionProgress } from "@/lib/generated/prisma/enums";

const COLOUR: Record<ActionProgress, TagColour> = { PLANNED: "grey", IN_PROGRESS: "blue", DONE: "green" };

export function ActionProgressTag({ status }: { status: ActionProgress }) {
  return <Tag colour={COLOUR[status]}>{ACTION_PROGRESS_LABEL[status]}</Tag>;
}
