import type { NeedsSnapshot } from "@/lib/domain/specifications/needs-snapshot";
import { formatDateTime } from "@/lib/domain/dates";
import { Table } from "@/components/ui/table";

/** The dated needs figures kept on a specification; suppressed counts stay suppressed. */
export function NeedsSnapshotView({ snapshot }: { snapshot: NeedsSnapshot }) {
  const threshold = snapshot.threshold ?? 10;
  return (
    <>
      <p className="mb-6">Figures taken on {formatDateTime(new Date(snapshot.takenAt))}.</p>
      <Table
        caption="Children on the register by district (at the time)"
        captionSize="s"
        head={["District", "Children", "Rate per 1,000 children"]}
        numericColumns={[1, 2]}
        firstCellIsHeader
        emptyText="Too few children on the register to show these figures."
        rows={snapshot.districts.map((d) => [
          d.district,
          d.children === null ? `fewer than ${threshold} or hidden` : d.children.toLocaleString("en-GB"),
          d.ratePer1000 === null ? "no rate" : d.ratePer1000.toFixed(1),
        ])}
      />
      <Table
        caption="Published services by district and service type (at the time)"
        captionSize="s"
        head={["District", "Service type", "Services"]}
        numericColumns={[2]}
        emptyText="No services were recorded in this snapshot."
        rows={snapshot.services.map((s) => [s.district, s.serviceType, String(s.count)])}
      />
      <Table
        caption="Live contracts by district and service type (at the time)"
        captionSize="s"
        head={["District", "Service type", "Contracts"]}
        numericColumns={[2]}
        emptyText="No live contracts were recorded in this snapshot."
        rows={snapshot.contracts.map((s) => [s.district, s.serviceType, String(s.count)])}
      />
      <Table
        caption="Feedback by theme (at the time)"
        captionSize="s"
        head={["Theme", "Feedback items"]}
        numericColumns={[1]}
        emptyText="No feedback themes were recorded in this snapshot."
        rows={snapshot.feedback.map((f) => [f.theme, String(f.count)])}
      />
    </>
  );
}
