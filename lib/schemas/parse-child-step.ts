import { FormInvalid, parseForm } from "../actions/form-state";
import { registerAgeProblem } from "../domain/age-band";
import { startOfUtcDay } from "../domain/dates";
import { foldDateParts } from "./fields";
import { registrationSteps } from "./register";

type StepName = keyof typeof registrationSteps;

/**
 * Parses one registration step's fields (the date of birth comes as three fields) and checks the
 * register's age rule on today's date. Returns draft-ready values (dates as ISO date strings).
 */
export function parseChildStep(step: StepName, input: Record<string, unknown>, now = new Date()) {
  const raw = step === "child" ? foldDateParts(input, "dateOfBirth") : input;
  const schema = registrationSteps[step];
  const keys = Object.keys(schema.shape);
  const picked = Object.fromEntries(keys.map((k) => [k, (raw as Record<string, unknown>)[k]]));
  const parsed = parseForm(schema, picked) as Record<string, unknown>;
  if (step === "child") {
    const dob = parsed.dateOfBirth as Date;
    const problem = registerAgeProblem(dob, startOfUtcDay(now));
    if (problem) throw new FormInvalid({ dateOfBirth: problem });
    return { ...parsed, dateOfBirth: dob.toISOString().slice(0, 10) };
  }
  return parsed;
}
