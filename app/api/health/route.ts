import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { getActor } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

/** Liveness and database state for load balancers and monitoring. Public; says nothing private. */
export async function GET() {
  requirePermission(await getActor(), "read:health:public");
  const started = performance.now();
  try {
    await prisma.$queryRaw`select 1`;
    const ms = Math.round(performance.now() - started);
    return NextResponse.json({ status: "ok", database: { status: "up", latencyMs: ms } });
  } catch {
    return NextResponse.json({ status: "error", database: { status: "down" } }, { status: 503 });
  }
}
