import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getPanelSetup } from "@/lib/data/tenders/panel";
import { orNotFound } from "@/lib/or-not-found";
import { removePanelMemberAction, savePanelMemberAction } from "../../actions";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { Table } from "@/components/ui/table";
import { InsetText } from "@/components/ui/inset-text";
import { ActionForm, FormCheckboxes, FormRadios, FormSelect } from "@/components/forms/action-form";
import { TenderTabs } from "@/components/tenders/tender-tabs";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Evaluation panel" };

const SEAT = { CHAIR: "Chair", EVALUATOR: "Evaluator", YOUNG_COMMISSIONER: "Young commissioner" } as const;

export default async function PanelPage({ params }: PageProps<"/commissioner/tenders/[id]/panel">) {
  const actor = await requirePageActor("update:panel:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const { tender, members, candidates } = await orNotFound(getPanelSetup(actor, id));
  const judged = tender.criteria.filter((c) => c.kind !== "PRICE");
  const finished = tender.status === "AWARDED" || tender.status === "CANCELLED";
  const uncovered = judged.filter(
    (c) => !members.some((m) => m.assignments.some((a) => a.criterionId === c.id)),
  );
  const people = [
    ...members.map((m) => ({
      value: m.membershipId,
      label: `${m.membership.user.name} (${ROLE_LABEL[m.membership.role]}, on the panel)`,
    })),
    ...candidates.map((c) => ({
      value: c.id,
      label: `${c.user.name} (${ROLE_LABEL[c.role]}${c.mayTakePart ? "" : ", needs a parent's or carer's consent first"})`,
    })),
  ];
  return (
    <>
      <BackLink href={route(`/commissioner/tenders/${id}`)}>Back to the tender</BackLink>
      <PageHeading caption={`${tender.reference} · ${tender.title}`}>Evaluation panel</PageHeading>
      <TenderTabs tenderId={id} current="/panel" />
      <p className="mb-4">
        Commissioners and young commissioners score the criteria they are given. Price is scored by formula.{" "}
        {tender.hideBidderNames
          ? "The panel sees bidders as Bidder A, B, C."
          : "The panel sees bidders' names."}
      </p>
      {uncovered.length > 0 && (
        <InsetText>
          Nobody scores yet: {uncovered.map((c) => c.title).join(", ")}. The evaluation cannot start until
          every criterion has an evaluator.
        </InsetText>
      )}
      <Table
        caption="Panel members"
        captionSize="m"
        head={[
          "Name",
          "Seat",
          "Criteria they score",
          "Scores given",
          <span key="a" className="sr-only">
            Actions
          </span>,
        ]}
        emptyText="Nobody is on the panel yet."
        rows={members.map((m) => [
          m.membership.user.name,
          SEAT[m.role],
          judged
            .filter((c) => m.assignments.some((a) => a.criterionId === c.id))
            .map((c) => c.title)
            .join("; ") || "None",
          String(m._count.scores),
          !finished && m._count.scores === 0 ? (
            <ActionForm
              key="r"
              action={removePanelMemberAction}
              fields={["form"]}
              submitLabel={`Remove ${m.membership.user.name}`}
              submitVariant="secondary"
            >
              <input type="hidden" name="tenderId" value={id} readOnly />
              <input type="hidden" name="panelMemberId" value={m.id} readOnly />
            </ActionForm>
          ) : (
            ""
          ),
        ])}
      />
      {!finished && (
        <>
          <SectionHeading>Add someone, or change what they score</SectionHeading>
          <ActionForm
            action={savePanelMemberAction}
            fields={["membershipId", "seat", "criterionIds"]}
            anchors={{ seat: "seat-0", criterionIds: "criterionIds-0" }}
            submitLabel="Save panel member"
          >
            <input type="hidden" name="tenderId" value={id} readOnly />
            <FormSelect
              id="membershipId"
              name="membershipId"
              label="Person"
              options={[{ value: "", label: "Choose a person" }, ...people]}
            />
            <FormRadios
              name="seat"
              legend="Seat (for commissioners)"
              hint="Young commissioners always sit as young commissioners."
              defaultValue="EVALUATOR"
              options={[
                { value: "CHAIR", label: "Chair" },
                { value: "EVALUATOR", label: "Evaluator" },
              ]}
            />
            <FormCheckboxes
              name="criterionIds"
              legend="Criteria they score"
              options={judged.map((c) => ({ value: c.id, label: `${c.title} (${c.weight}%)` }))}
            />
          </ActionForm>
        </>
      )}
    </>
  );
}
