import { formatCalendarDate, formatDate } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import type { EvidenceView } from "@/lib/data/budgets/spend-evidence";
import { route } from "@/lib/routes/route";
import { SummaryList } from "@/components/ui/summary-list";
import { SectionHeading } from "@/components/ui/heading";
import { EvidenceStatusTag } from "./budget-parts";

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/**
 * One item of evidence of spend and its thread, the same for the family and the social worker.
 * The receipt opens only through the authorised file route.
 */
export function EvidenceItem({ evidence, viewer }: { evidence: EvidenceView; viewer: "family" | "council" }) {
  const receipt = evidence.receiptFile;
  return (
    <>
      <SummaryList
        rows={[
          { key: "Status", value: <EvidenceStatusTag status={evidence.status} /> },
          { key: "Date of the spending", value: formatCalendarDate(evidence.spentOn) },
          { key: "Amount", value: formatMoney(evidence.amount) },
          { key: "What it paid for", value: evidence.description },
          { key: "How it helped", value: evidence.howItHelped ?? "Not given" },
          {
            key: "Receipt",
            value: receipt ? (
              // A plain link: the route answers with the file itself, not a page.
              <a href={route(`/api/files/${receipt.id}`)}>
                Open the receipt{" "}
                <span className="text-secondary">
                  ({receipt.contentType === "application/pdf" ? "PDF" : "image"},{" "}
                  {sizeText(receipt.sizeBytes)})
                </span>
              </a>
            ) : (
              (evidence.receiptName ?? "None")
            ),
          },
          { key: "Sent", value: formatDate(evidence.createdAt) },
          ...(evidence.reviewNote && evidence.status !== "QUERIED"
            ? [
                {
                  key: evidence.status === "REJECTED" ? "Why it was not accepted" : "Social worker's note",
                  value: evidence.reviewNote,
                },
              ]
            : []),
        ]}
      />
      {evidence.messages.length > 0 && (
        <>
          <SectionHeading size="m">Questions and answers</SectionHeading>
          <ol className="mb-8 max-w-[75ch] space-y-4">
            {evidence.messages.map((m) => (
              <li
                key={m.id}
                className={m.fromFamily ? "border-l-4 border-link pl-4" : "border-l-4 border-ink pl-4"}
              >
                <p className="font-bold">
                  {m.fromFamily
                    ? viewer === "family"
                      ? "You"
                      : "The family"
                    : viewer === "family"
                      ? "Your social worker"
                      : "Social worker"}
                  <span className="font-normal text-secondary"> — {formatDate(m.createdAt)}</span>
                </p>
                <p className="whitespace-pre-line">{m.body}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
