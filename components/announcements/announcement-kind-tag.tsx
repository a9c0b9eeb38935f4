import type { AnnouncementKind } from "@/lib/generated/prisma/enums";
import { Tag } from "@/components/ui/tag";

export const KIND_LABEL: Record<AnnouncementKind, string> = {
  ANNOUNCEMENT: "Announcement",
  FORUM_EVENT: "Forum event",
};

export function AnnouncementKindTag({ kind }: { kind: AnnouncementKind }) {
  return <Tag colour={kind === "FORUM_EVENT" ? "purple" : "blue"}>{KIND_LABEL[kind]}</Tag>;
}

/** Who it was sent to, in words. */
export function audienceLabel(serviceType: { name: string } | null): string {
  return serviceType ? `Providers of ${serviceType.name.toLowerCase()}` : "All providers";
}
