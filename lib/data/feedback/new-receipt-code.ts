import type { Tx } from "../../db";
import { newReceiptCode } from "../../domain/receipt-code";

/** A receipt code not yet used in the council (checked first: a unique clash would abort the transaction). */
export async function unusedReceiptCode(tx: Tx, councilId: string): Promise<string> {
  for (;;) {
    const code = newReceiptCode();
    const taken = await tx.feedback.findUnique({
      where: { councilId_receiptCode: { councilId, receiptCode: code } },
      select: { id: true },
    });
    if (!taken) return code;
  }
}
