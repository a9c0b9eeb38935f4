import { COMBINE_RULE_SENTENCE } from "@/lib/domain/priorities/combine-rankings";
import type { PrioritiesSnapshot } from "@/lib/domain/priorities/priorities-snapshot";
import { formatDateTime } from "@/lib/domain/dates";
import { CombinedRankingTable } from "./combined-ranking-table";

/** Young commissioners' combined priorities as kept on a specification: a dated copy. */
export function PrioritiesSnapshotView({ snapshot }: { snapshot: PrioritiesSnapshot }) {
  const people = `${snapshot.participants} young ${snapshot.participants === 1 ? "commissioner" : "commissioners"}`;
  return (
    <>
      <p className="mb-2 max-w-[75ch]">
        From the round &ldquo;{snapshot.title}&rdquo;: {people} ranked the types of need. Copied on{" "}
        {formatDateTime(new Date(snapshot.takenAt))}
        {snapshot.roundClosed
          ? ", after the round closed."
          : ", while the round was still open: later rankings are not included."}
      </p>
      <p className="mb-4 max-w-[75ch] text-secondary">{COMBINE_RULE_SENTENCE}</p>
      <CombinedRankingTable
        caption="Young commissioners' priorities (at the time)"
        items={snapshot.items}
        participants={snapshot.participants}
      />
    </>
  );
}
