import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { defineRoute } from "@/lib/actions/define-route";

export const dynamic = "force-dynamic";

/** Liveness and database state for load balancers and monitoring. Public; says nothing private. */
export const GET = defineRoute("read:health:public", async () => {
  const started = performance.now();
  try {
    await prisma.$queryRaw`select 1`;
    const ms = Math.round(performance.now() - started);
    return NextResponse.json({ status: "ok", database: { status: "up", latencyMs: ms } });
  } catch {
    return NextResponse.json({ status: "error", database: { status: "down" } }, { status: 503 });
  }
});
