import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { roleHome } from "@/lib/auth/roles";

/** Sends each person to their own role's home. */
export default async function DashboardPage() {
  const actor = await requirePageActor("read:dashboard:own");
  redirect(roleHome(actor.role));
}
