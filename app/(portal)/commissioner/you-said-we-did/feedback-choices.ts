import type { Actor } from "@/lib/auth/actor";
import { listLinkableFeedback } from "@/lib/data/feedback/list-you-said-we-did";
import { formatDate } from "@/lib/domain/dates";
import { FEEDBACK_SOURCE_LABEL } from "@/lib/domain/feedback-questions";

/** Themed feedback as checkbox choices: reference and date, with a short extract as the hint. */
export async function feedbackChoices(actor: Actor, linked: string[] = []) {
  const items = await listLinkableFeedback(actor, linked);
  return items.map((f) => {
    const words = f.comment ?? [f.liked, f.improve].filter(Boolean).join(" / ");
    return {
      id: f.id,
      label: `${f.receiptCode} (${FEEDBACK_SOURCE_LABEL[f.source]}, ${formatDate(f.createdAt)})`,
      hint: `${f.tags.map((t) => t.theme.name).join(", ") || "No theme"}: ${words.length > 120 ? `${words.slice(0, 119)}…` : words}`,
    };
  });
}
