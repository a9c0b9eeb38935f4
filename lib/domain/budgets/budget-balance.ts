import { Decimal } from "decimal.js";
import type { EvidenceStatus, PaymentKind, PaymentStatus } from "../../generated/prisma/enums";

type Amount = { toString(): string } | string;

export interface BudgetLedger {
  /** The agreed yearly amount. */
  allocation: Amount;
  /** Payments due on a schedule but not yet paid (status DUE) move no money and are left out. */
  payments: readonly { kind: PaymentKind; amount: Amount; status?: PaymentStatus }[];
  evidence: readonly { status: EvidenceStatus; amount: Amount }[];
}

/** Every figure of a budget's money, exact to the penny, as every page that shows a balance reads it. */
export interface BudgetBalance {
  allocation: Decimal;
  /** Direct payments the council has paid to the family. */
  paidToFamily: Decimal;
  /** Invoices the council has paid to providers from the budget (managed and individual budgets). */
  providerInvoices: Decimal;
  /** Spend evidence the social worker has accepted. */
  acceptedEvidence: Decimal;
  /** Spend evidence sent and not yet decided (or queried): not spend until accepted. */
  evidenceWaiting: Decimal;
  /** Accepted evidence plus provider invoices. */
  approvedSpend: Decimal;
  /** Adjustments taken off the balance (a negative adjustment puts money back). */
  adjustments: Decimal;
  /** The allocation less approved spend and adjustments. */
  balance: Decimal;
  /** Direct payments not yet accounted for by accepted evidence (never below zero). */
  paidNotEvidenced: Decimal;
}

const sum = (values: readonly Amount[]) =>
  values.reduce<Decimal>((acc, v) => acc.plus(v.toString()), new Decimal(0));

/**
 * The balance of a personal budget: the allocation less approved spend and adjustments
 * (docs/decisions/0028). Direct payments move money to the family and are not spend in themselves;
 * the family's accepted evidence is. Provider invoices paid from the budget are spend.
 */
export function budgetBalance(ledger: BudgetLedger): BudgetBalance {
  const allocation = new Decimal(ledger.allocation.toString());
  const ofKind = (kind: PaymentKind) =>
    sum(ledger.payments.filter((p) => p.kind === kind && p.status !== "DUE").map((p) => p.amount));
  const ofStatus = (status: EvidenceStatus) =>
    sum(ledger.evidence.filter((e) => e.status === status).map((e) => e.amount));
  const paidToFamily = ofKind("DIRECT_PAYMENT");
  const providerInvoices = ofKind("PROVIDER_INVOICE");
  const adjustments = ofKind("ADJUSTMENT");
  const acceptedEvidence = ofStatus("ACCEPTED");
  const approvedSpend = acceptedEvidence.plus(providerInvoices);
  const unaccounted = paidToFamily.minus(acceptedEvidence);
  return {
    allocation,
    paidToFamily,
    providerInvoices,
    acceptedEvidence,
    evidenceWaiting: ofStatus("SUBMITTED").plus(ofStatus("QUERIED")),
    approvedSpend,
    adjustments,
    balance: allocation.minus(approvedSpend).minus(adjustments),
    paidNotEvidenced: unaccounted.isNegative() ? new Decimal(0) : unaccounted,
  };
}

/** A plan's total and whether it is over the budget (agreeing it then needs a reason). */
export function planTotal(items: readonly { annualCost: Amount }[], allocation: Amount) {
  const total = sum(items.map((i) => i.annualCost));
  const over = total.minus(allocation.toString());
  return { total, overBy: over.isPositive() && !over.isZero() ? over : null };
}
