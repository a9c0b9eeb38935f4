import { prisma, Prisma } from "../../db";
import { addMonths } from "../../domain/dates";
import { ENDING_WINDOW_MONTHS } from "../../domain/contract-status";
import { currentContractWhere } from "../contracts/contract-predicates";
import { pageOf } from "../paging";
import { labelled, serviceTypeOf } from "../service-types/labelled-service-type";

/** The Local Government Transparency Code publishes contracts worth more than this (total value, £). */
export const TRANSPARENCY_THRESHOLD = "5000";
export const REGISTER_PAGE_SIZE = 25;
export type RegisterView = "current" | "ended" | "all";

/** What a register entry is read with; the service type with the council's label (decision 0038). */
const selectFor = (councilId: string) =>
  ({
    id: true,
    reference: true,
    title: true,
    startDate: true,
    endDate: true,
    terminatedAt: true,
    annualValue: true,
    totalValue: true,
    organisation: {
      select: { name: true, companyNumber: true, charityNumber: true, isSme: true, isVcs: true },
    },
    serviceType: serviceTypeOf(councilId),
    specificationVersion: { select: { title: true } },
    tender: { select: { reference: true } },
  }) satisfies Prisma.ContractSelect;

type Row = Prisma.ContractGetPayload<{ select: ReturnType<typeof selectFor> }>;

/** One contract as the Transparency Code lists it. Personal budgets are not contracts and never appear. */
export interface RegisterEntry {
  id: string;
  reference: string;
  title: string;
  description: string;
  supplier: string;
  companyNumber: string | null;
  charityNumber: string | null;
  sme: boolean;
  vcs: boolean;
  start: Date;
  /** The end date, or the termination date when it was ended early. */
  end: Date;
  /** When the council decides to extend, re-procure or end: as the contract starts to count as "ending". */
  review: Date;
  totalValue: string;
  annualValue: string;
  procurementRoute: string;
}

function entry(c: Row): RegisterEntry {
  const end = c.terminatedAt && c.terminatedAt < c.endDate ? c.terminatedAt : c.endDate;
  const type = labelled(c.serviceType).name;
  return {
    id: c.id,
    reference: c.reference,
    title: c.title,
    description: c.specificationVersion ? `${type}: ${c.specificationVersion.title}` : type,
    supplier: c.organisation.name,
    companyNumber: c.organisation.companyNumber,
    charityNumber: c.organisation.charityNumber,
    sme: c.organisation.isSme,
    vcs: c.organisation.isVcs,
    start: c.startDate,
    end,
    review: addMonths(c.endDate, -ENDING_WINDOW_MONTHS),
    totalValue: c.totalValue.toFixed(2),
    annualValue: c.annualValue.toFixed(2),
    procurementRoute: c.tender
      ? `Open tender (${c.tender.reference})`
      : "Not tendered through this portal (recorded or imported)",
  };
}

function registerWhere(councilId: string, view: RegisterView, today: Date): Prisma.ContractWhereInput {
  return {
    AND: [
      { councilId, totalValue: { gt: new Prisma.Decimal(TRANSPARENCY_THRESHOLD) } },
      ...(view === "current" ? [currentContractWhere(today)] : []),
      ...(view === "ended" ? [{ NOT: currentContractWhere(today) }] : []),
    ],
  };
}

const order: Prisma.ContractOrderByWithRelationInput[] = [{ startDate: "desc" }, { reference: "asc" }];

/** A page of the council's public contracts register. Null when no council has this slug. */
export async function listContractsRegister(
  slug: string,
  view: RegisterView,
  page: number,
  today = new Date(),
) {
  const council = await prisma.council.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true },
  });
  if (!council) return null;
  const where = registerWhere(council.id, view, today);
  const [total, rows] = await Promise.all([
    prisma.contract.count({ where }),
    prisma.contract.findMany({
      where,
      orderBy: order,
      skip: (page - 1) * REGISTER_PAGE_SIZE,
      take: REGISTER_PAGE_SIZE,
      select: selectFor(council.id),
    }),
  ]);
  return { council, result: pageOf(rows.map(entry), total, page, REGISTER_PAGE_SIZE) };
}

/** Every contract of the register, for the CSV download. Null when no council has this slug. */
export async function contractsRegisterRows(slug: string, today = new Date()) {
  const council = await prisma.council.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!council) return null;
  const rows = await prisma.contract.findMany({
    where: registerWhere(council.id, "all", today),
    orderBy: order,
    select: selectFor(council.id),
  });
  return { council, entries: rows.map(entry) };
}
