import type { Actor } from "../../auth/actor";
import { ROLE_LABEL } from "../../auth/roles";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import type { CreateCouncilInput } from "../../schemas/council";
import { recordAudit } from "../audit/record-audit";
import { issuePasswordLink } from "../users/password-link";
import { lockUser } from "../users/lock-user";
import { queueEmail } from "../mail/queue-email";
import { requestOutboxSend } from "../mail/send-outbox";
import { invitationEmail } from "../../mail/templates/account-emails";
import { adoptEveryServiceType } from "../service-types/adopt-every-service-type";

/** A district's code from its name: capitals, digits and underscores ("North Vale" → NORTH_VALE), unique in the list. */
function districtCodes(names: string[]) {
  const taken = new Set<string>();
  return names.map((name) => {
    const base =
      name
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "")
        .slice(0, 26) || "DISTRICT";
    let code = /^[A-Z]/.test(base) ? base : `D_${base}`;
    for (let i = 2; taken.has(code); i++) code = `${base}_${i}`;
    taken.add(code);
    return code;
  });
}

export type CreateCouncilResult = {
  councilId: string;
  /** True when the administrator was sent a set-password link; false when they already had a password. */
  invited: boolean;
};

/**
 * Creates a council with its districts and first administrator, who is e-mailed the invitation to
 * set a password (or, holding an account already, keeps their password). The new council starts
 * empty: no providers, people, lists or records of any other. `by` is the platform administrator,
 * or null from the command line (`npm run council:create`). A taken slug changes nothing.
 */
export async function createCouncil(
  by: Actor | null,
  input: CreateCouncilInput,
): Promise<CreateCouncilResult> {
  const result = await prisma.$transaction(async (tx) => {
    // Two creations with one slug: the unique index decides, and the message says so.
    const taken = await tx.council.findUnique({ where: { slug: input.slug }, select: { id: true } });
    if (taken) throw slugTaken(input.slug);
    const council = await tx.council
      .create({ data: { slug: input.slug, name: input.name }, select: { id: true, name: true } })
      .catch((e: unknown) => {
        if ((e as { code?: string }).code === "P2002") throw slugTaken(input.slug);
        throw e;
      });
    const codes = districtCodes(input.districts);
    await tx.district.createMany({
      data: input.districts.map((name, i) => ({
        councilId: council.id,
        code: codes[i],
        name,
        position: i + 1,
        postcodePrefixes: [],
      })),
    });
    await adoptEveryServiceType(tx, council.id);

    const found = await tx.user.findUnique({ where: { email: input.adminEmail }, select: { id: true } });
    if (found) await lockUser(tx, found.id);
    const existing = found
      ? await tx.user.findUniqueOrThrow({ where: { id: found.id }, select: { id: true, passwordHash: true } })
      : null;
    if (existing && !existing.passwordHash)
      throw new AppError(
        "CONFLICT",
        "This person has been invited by another council and has not set their password yet. Use another address, or add them once they have.",
        {
          adminEmail:
            "This person has not set their password from another council's invitation yet: use another address",
        },
      );
    const user =
      existing ??
      (await tx.user.create({
        data: { email: input.adminEmail, name: input.adminName },
        select: { id: true },
      }));
    await tx.membership.create({ data: { userId: user.id, councilId: council.id, role: "ADMIN" } });
    await recordAudit(
      tx,
      by,
      {
        action: "council:create",
        entityType: "Council",
        entityId: council.id,
        summary: `Created the council ${input.name} (${input.slug}) with ${input.districts.length} districts and its first administrator${by ? "" : ", from the command line"}`,
      },
      council.id,
    );
    // An account with a password already (an administrator of another council): no council may set it.
    if (existing?.passwordHash) return { councilId: council.id, invited: false };
    const link = await issuePasswordLink(tx, {
      userId: user.id,
      councilId: council.id,
      createdById: by?.userId ?? null,
    });
    await queueEmail(tx, {
      to: input.adminEmail,
      councilId: council.id,
      template: "invitation",
      email: invitationEmail({
        name: input.adminName,
        councilName: council.name,
        roleLabel: ROLE_LABEL.ADMIN,
        linkPath: link.path,
        expiresAt: link.expiresAt,
      }),
    });
    return { councilId: council.id, invited: true };
  });
  if (result.invited) await requestOutboxSend();
  return result;
}

function slugTaken(slug: string) {
  const message = `The short name ${slug} is already taken by another council: choose another`;
  return new AppError("CONFLICT", message, { slug: message });
}
