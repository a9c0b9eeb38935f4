import type { Tx } from "../../db";
import type { Email } from "../../mail/compose";

/**
 * Writes an e-mail to the outbox inside the caller's transaction: it is sent only if what caused it
 * commits, and it is never lost once that has. Call `requestOutboxSend()` after the transaction.
 */
export async function queueEmail(
  tx: Tx,
  args: { to: string; councilId: string | null; template: string; email: Email },
): Promise<void> {
  await tx.outboxMessage.create({
    data: {
      to: args.to,
      councilId: args.councilId,
      template: args.template,
      subject: args.email.subject,
      text: args.email.text,
      html: args.email.html,
    },
  });
}
