import type { Actor } from "../../auth/actor";
import { contractScope } from "../scopes";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { labelled, serviceTypeOf } from "../service-types/labelled-service-type";

/** How many of a contract's latest payments its page lists. */
export const CONTRACT_PAYMENTS_SHOWN = 12;

/** One contract for the council (or, for a provider, for its own organisation). */
export async function getContract(actor: Actor, contractId: string) {
  const contract = await prisma.contract.findFirst({
    where: { AND: [contractScope(actor), { id: contractId }] },
    include: {
      organisation: { select: { name: true } },
      serviceType: serviceTypeOf(actor.councilId),
      districts: { select: { name: true }, orderBy: { name: "asc" } },
      tender: { select: { id: true, reference: true } },
      variations: { orderBy: { effectiveDate: "desc" } },
      // The latest payments under the contract (public: the OCDS feed publishes them).
      payments: { orderBy: [{ paidOn: "desc" }, { reference: "desc" }], take: CONTRACT_PAYMENTS_SHOWN },
      kpis: {
        orderBy: { position: "asc" },
        include: {
          actuals: {
            select: {
              value: true,
              outcomeReturn: {
                select: { status: true, returnPeriod: { select: { label: true, startDate: true } } },
              },
            },
          },
        },
      },
      returnPeriods: {
        orderBy: { startDate: "asc" },
        select: {
          id: true,
          label: true,
          startDate: true,
          endDate: true,
          dueDate: true,
          outcomeReturn: { select: { status: true, submittedAt: true } },
        },
      },
    },
  });
  if (!contract) throw new NotFoundError("The contract");
  return { ...contract, serviceType: labelled(contract.serviceType) };
}
