import { RAG_LABEL, type Rag } from "@/lib/domain/rag";
import { Tag } from "@/components/ui/tag";

const COLOUR = { GREEN: "green", AMBER: "yellow", RED: "red" } as const;

/** Red, amber or green in words, with the colour only as support; a dash when there is no result. */
export function RagTag({ rag }: { rag: Rag | null }) {
  if (!rag) return <span className="text-secondary">No result yet</span>;
  return <Tag colour={COLOUR[rag]}>{RAG_LABEL[rag]}</Tag>;
}
