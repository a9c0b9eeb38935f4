"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getSessionState } from "@/lib/auth/session";
import { requireActor } from "@/lib/auth/require-actor";
import { NotAllowedError } from "@/lib/errors";
import { formObject, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import { chooseMembershipSchema } from "@/lib/schemas/auth";
import { chooseMembership } from "@/lib/data/users/choose-membership";

/**
 * Remembers in the server-side session which council and role the person acts for. Not a
 * defineFormAction: before a role is chosen there is no actor, so it checks the session itself,
 * before reading the form.
 */
export async function chooseCouncilAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    await requireActor("choose:membership:own");
    // Anyone signed in, before or after choosing; the membership is checked against the session's user.
    const session = await getSessionState();
    if (session.kind === "signed-out") throw new NotAllowedError();
    const { membershipId } = parseForm(chooseMembershipSchema, formObject(formData));
    const userId = session.kind === "acting" ? session.actor.userId : session.userId;
    await chooseMembership({ sessionId: session.sessionId, userId }, membershipId);
    // The header (in the root layout) shows who they act for: render it again, not from the cache.
    revalidatePath("/", "layout");
    redirect("/dashboard");
  });
}
