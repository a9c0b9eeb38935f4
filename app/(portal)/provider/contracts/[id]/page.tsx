import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getContract } from "@/lib/data/contracts/get-contract";
import { orNotFound } from "@/lib/or-not-found";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { ContractDetail } from "@/components/contracts/contract-detail";
import { ContractMeetings } from "@/components/contracts/contract-meetings";
import { ActionStatusForm } from "@/components/contracts/action-status-form";
import { listContractMeetings } from "@/lib/data/contracts/meetings";
import { setOwnActionStatusAction } from "./actions";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Contract" };

export default async function ProviderContractPage({ params }: PageProps<"/provider/contracts/[id]">) {
  const actor = await requirePageActor("read:contract:own", { role: "PROVIDER" });
  const { id } = await params;
  const contract = await orNotFound(getContract(actor, id));
  const meetings = await listContractMeetings(actor, contract.id);
  const today = new Date();
  return (
    <>
      <BackLink href="/provider/contracts">Back to your contracts</BackLink>
      <PageHeading caption={`${contract.reference} · ${actor.councilName}`}>{contract.title}</PageHeading>
      <ContractDetail
        contract={contract}
        today={today}
        returnsBase={`/provider/contracts/${contract.id}/returns`}
        tenderHref={contract.tender ? route(`/provider/tenders/${contract.tender.id}`) : undefined}
      />
      <ContractMeetings
        meetings={meetings}
        today={today}
        actionControl={(a) =>
          a.ownerSide === "PROVIDER" ? (
            <ActionStatusForm formAction={setOwnActionStatusAction} contractId={contract.id} action={a} />
          ) : (
            <span className="text-secondary">The council&apos;s</span>
          )
        }
      />
    </>
  );
}
