import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { getRegistrationOptions } from "@/lib/data/register/registration-options";
import { getRegistrationDraft } from "@/lib/data/register/registration-draft";
import { STEP_ORDER, type RegistrationStep } from "@/lib/schemas/register";
import { BackLink } from "@/components/ui/back-link";
import { EasyRead } from "@/components/layout/easy-read";
import { StepForm } from "./step-form";
import { CheckAnswers } from "./check-answers";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Register your child" };

const EASY_READ: Record<RegistrationStep, string> = {
  child: "Tell us your child's name and birthday.",
  home: "Tell us where you live. We use it to count children in each area.",
  needs: "Tell us what kind of help your child needs. You can choose more than one.",
  school: "Tell us about school and the short breaks your child has now. You can leave these empty.",
  contact: "Tell us how to contact you.",
  check: "Check everything is right. Then say yes to joining the register.",
};

export default async function RegisterStepPage({
  params,
  searchParams,
}: PageProps<"/family/register/[step]">) {
  const actor = await requirePageActor("create:child:own", { role: "FAMILY" });
  const { step } = await params;
  if (!(STEP_ORDER as string[]).includes(step)) notFound();
  const current = step as RegistrationStep;
  const { returnTo } = parseSearchParams(z.object({ returnTo: flagField("check") }), await searchParams);
  const [options, draft] = await Promise.all([getRegistrationOptions(actor), getRegistrationDraft(actor)]);
  const index = STEP_ORDER.indexOf(current);
  const back = returnTo
    ? route("/family/register/check")
    : index === 0
      ? route("/family/children")
      : route(`/family/register/${STEP_ORDER[index - 1]}`);

  return (
    <>
      <BackLink href={back}>Back</BackLink>
      <p className="mb-2 text-secondary">
        Register your child – step {index + 1} of {STEP_ORDER.length}
      </p>
      <EasyRead>{EASY_READ[current]}</EasyRead>
      {current === "check" ? (
        <CheckAnswers draft={draft} options={options} submissionKey={randomUUID()} />
      ) : (
        <StepForm step={current} draft={draft} options={options} returnTo={returnTo} />
      )}
    </>
  );
}
