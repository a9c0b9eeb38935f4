import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { sumMoney } from "../../domain/money";
import type { ContractImportRow } from "../../domain/contracts/parse-contracts-csv";
import { checkContractsCsv } from "./check-contracts-csv";

export interface ContractImportCounts {
  contracts: number;
  providers: number;
  /** Exact sums in pounds, two decimals. */
  annualValue: string;
  totalValue: string;
}

export interface ContractPreviewRow {
  reference: string;
  title: string;
  providerName: string;
  serviceTypeName: string;
  districtNames: string[];
  annualValue: string;
  totalValue: string;
  /** yyyy-mm-dd */
  startDate: string;
  endDate: string;
  extensionMonthsAvailable: number;
}

export interface ContractImportPreview extends ContractImportCounts {
  /** The file's text, sent back on import and checked again there (so row numbers stay the file's). */
  csv: string;
  ignoredColumns: string[];
  rows: ContractPreviewRow[];
}

export function countContractImport(contracts: readonly ContractImportRow[]): ContractImportCounts {
  return {
    contracts: contracts.length,
    providers: new Set(contracts.map((c) => c.organisationId)).size,
    annualValue: sumMoney(contracts.map((c) => c.annualValue)).toFixed(2),
    totalValue: sumMoney(contracts.map((c) => c.totalValue)).toFixed(2),
  };
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** What importing a contracts CSV would create in the actor's council. Saves nothing. */
export async function previewContractImport(actor: Actor, text: string): Promise<ContractImportPreview> {
  const { contracts, ignoredColumns } = await checkContractsCsv(prisma, actor, text);
  return {
    ...countContractImport(contracts),
    csv: text,
    ignoredColumns,
    rows: contracts.map((c) => ({
      reference: c.reference,
      title: c.title,
      providerName: c.providerName,
      serviceTypeName: c.serviceTypeName,
      districtNames: c.districtNames,
      annualValue: c.annualValue,
      totalValue: c.totalValue,
      startDate: isoDate(c.startDate),
      endDate: isoDate(c.endDate),
      extensionMonthsAvailable: c.extensionMonthsAvailable,
    })),
  };
}
