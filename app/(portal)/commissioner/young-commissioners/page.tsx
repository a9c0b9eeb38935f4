import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { listYoungCommissioners } from "@/lib/data/involvement/list-young-commissioners";
import { listTrainingModules } from "@/lib/data/involvement/list-training-modules";
import { route } from "@/lib/routes/route";
import { YoungCommissionersView } from "@/components/involvement/young-commissioners-view";
import { addTrainingModuleAction } from "@/app/actions/young-commissioners";

export const metadata: Metadata = { title: "Young commissioners" };

const searchSchema = z.object({ page: pageField });

export default async function YoungCommissionersPage({
  searchParams,
}: PageProps<"/commissioner/young-commissioners">) {
  const actor = await requirePageActor("read:young-commissioner:council", { role: "COMMISSIONER" });
  const { page } = parseSearchParams(searchSchema, await searchParams);
  const [people, modules] = await Promise.all([
    listYoungCommissioners(actor, { page }),
    listTrainingModules(actor),
  ]);
  return (
    <YoungCommissionersView
      councilName={actor.councilName}
      people={people}
      modules={modules}
      editable={can(actor, "update:young-commissioner:council")}
      addModule={addTrainingModuleAction}
      baseHref="/commissioner/young-commissioners"
      profileHref={(id) => route(`/commissioner/young-commissioners/${id}`)}
    />
  );
}
