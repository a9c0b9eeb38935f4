import type { ReactNode } from "react";
import type { listContractMeetings } from "@/lib/data/contracts/meetings";
import { formatCalendarDate, formatDateTime, startOfUtcDay } from "@/lib/domain/dates";
import { SectionHeading } from "@/components/ui/heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";

type Meeting = Awaited<ReturnType<typeof listContractMeetings>>[number];
export type MeetingActionRow = Meeting["actions"][number];

/** An action's state in words: done, overdue (open past its due date) or open. */
export function ActionStatusTag({
  action,
  today,
}: {
  action: { status: string; dueDate: Date };
  today: Date;
}) {
  if (action.status === "DONE") return <Tag colour="green">Done</Tag>;
  if (action.dueDate < startOfUtcDay(today)) return <Tag colour="red">Overdue</Tag>;
  return <Tag colour="blue">Open</Tag>;
}

/**
 * A contract's meetings, newest first: when, who, whether satisfaction was discussed, the notes,
 * and the actions with their owner, due date and state. The page passes the controls each viewer
 * may use (add an action, mark one done), so this piece stays free of data access.
 */
export function ContractMeetings({
  meetings,
  today,
  actionControl,
  addAction,
}: {
  meetings: Meeting[];
  today: Date;
  actionControl?: (action: MeetingActionRow) => ReactNode;
  addAction?: (meeting: Meeting) => ReactNode;
}) {
  const overdue = meetings
    .flatMap((m) => m.actions)
    .filter((a) => a.status === "OPEN" && a.dueDate < startOfUtcDay(today));
  return (
    <>
      <SectionHeading id="meetings">Contract meetings</SectionHeading>
      {overdue.length > 0 && (
        <p className="mb-4 font-bold">
          {overdue.length} {overdue.length === 1 ? "action is" : "actions are"} overdue.
        </p>
      )}
      {meetings.length === 0 && <p className="mb-6">No meetings have been recorded for this contract yet.</p>}
      {meetings.map((m) => (
        <section
          key={m.id}
          aria-labelledby={`meeting-${m.id}`}
          className="mb-8 border-l-4 border-border pl-4"
        >
          <h3 id={`meeting-${m.id}`} className="mb-2 text-xl font-bold">
            Meeting on {formatDateTime(m.heldAt)}
          </h3>
          <SummaryList
            rows={[
              { key: "Attendees", value: m.attendees },
              {
                key: "Parents' and children's satisfaction",
                value: m.satisfactionDiscussed ? "Discussed" : "Not discussed",
              },
              { key: "Notes", value: <span className="whitespace-pre-line">{m.notes}</span> },
            ]}
          />
          <Table
            caption={`Actions from the meeting on ${formatCalendarDate(m.heldAt)}`}
            captionSize="s"
            head={[
              "Action",
              "Owner",
              "Due",
              "State",
              ...(actionControl
                ? [
                    <span key="c" className="sr-only">
                      Change
                    </span>,
                  ]
                : []),
            ]}
            emptyText="No actions from this meeting."
            rows={m.actions.map((a) => [
              a.description,
              `${a.ownerName} (${a.ownerSide === "PROVIDER" ? "provider" : "council"})`,
              formatCalendarDate(a.dueDate),
              <ActionStatusTag key="s" action={a} today={today} />,
              ...(actionControl ? [actionControl(a)] : []),
            ])}
          />
          {addAction?.(m)}
        </section>
      ))}
    </>
  );
}
