import type { RegisterStatus } from "@/lib/generated/prisma/enums";
import { Tag } from "@/components/ui/tag";

const LABEL: Record<RegisterStatus, { text: string; colour: "green" | "grey" | "orange" }> = {
  ACTIVE: { text: "On the register", colour: "green" },
  WITHDRAWN: { text: "Withdrawn", colour: "grey" },
  AGED_OUT: { text: "Left at age 20", colour: "orange" },
  ERASED: { text: "Details erased", colour: "grey" },
  NOT_REGISTERED: { text: "Not on the register", colour: "grey" },
};

export function RegisterStatusTag({ status }: { status: RegisterStatus }) {
  return <Tag colour={LABEL[status].colour}>{LABEL[status].text}</Tag>;
}
