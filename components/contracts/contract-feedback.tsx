import type { ContractFeedbackSummary } from "@/lib/data/feedback/contract-feedback-summary";
import { SectionHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";

/** What parents and children said about a contract: average ratings, faces, and satisfaction per quarter. */
export function ContractFeedback({ summary }: { summary: ContractFeedbackSummary }) {
  return (
    <section aria-labelledby="contract-feedback">
      <SectionHeading id="contract-feedback">Feedback</SectionHeading>
      <p className="mb-4">
        {summary.total} feedback {summary.total === 1 ? "item" : "items"}: {summary.bySource.PARENT} from
        parents, {summary.bySource.CHILD} from children and young people,{" "}
        {summary.bySource.PROVIDER_COLLECTED} collected by the provider at sessions. Children&apos;s faces:{" "}
        {summary.faces.HAPPY} happy, {summary.faces.OKAY} okay, {summary.faces.SAD} sad.
      </p>
      <Table
        caption="Average ratings (1 to 5)"
        captionSize="s"
        head={["Question", "Average", "Ratings"]}
        numericColumns={[1, 2]}
        rows={summary.questions.map((q) => [
          q.label,
          q.average === null ? "–" : q.average.toFixed(1),
          String(q.count),
        ])}
      />
      <Table
        caption="Parents who feel supported to care at home (rated 4 or 5), by quarter"
        captionSize="s"
        head={["Quarter", "Satisfied", "Ratings", "Per cent"]}
        numericColumns={[1, 2, 3]}
        emptyText="No ratings yet."
        rows={summary.quarters.map((q) => [
          q.quarter,
          String(q.satisfied),
          String(q.ratings),
          `${q.percent}%`,
        ])}
      />
    </section>
  );
}
