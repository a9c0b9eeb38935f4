import { z } from "zod";
import type { ActorFor, Permission } from "../auth/permissions";
import { requireActor } from "../auth/require-actor";
import { runInCouncilScope } from "../db-scope";
import { formObject, parseForm, runAction, type FormAction, type FormState } from "./form-state";

/** A form action built by `defineFormAction`: the permission it checks rides along for the tests. */
export type DefinedFormAction<TData, P extends Permission = Permission> = FormAction<TData> & {
  readonly permission: P;
  /** The schema, and what it is given from a form: the id-swap and fuzz tests find fields and validity from them. */
  readonly schema: z.ZodType;
  readonly readInput: (formData: FormData) => unknown;
};

export interface FormActionDefinition<P extends Permission, S extends z.ZodType, TData> {
  /** Checked first, before the form is read. */
  permission: P;
  /** Parses the form (read with `formObject`); its field messages go back beside the fields. */
  schema: S;
  /** Fields that repeat (checkboxes), read as arrays. */
  arrays?: readonly string[];
  /** What the schema parses, when it is not the plain form object (a date folded from its parts). */
  read?: (formData: FormData) => unknown;
  /** The one data call, then revalidate, redirect or say what happened. */
  run: (actor: ActorFor<P>, input: z.output<S>, formData: FormData) => Promise<FormState<TData>>;
}

/**
 * The one way to write a form action: the permission, the zod schema, then the body. Expected
 * failures become form state (field errors with the values to refill, or a form error), anything
 * unexpected a plain message; redirects pass through (see runAction).
 */
export function defineFormAction<P extends Permission, S extends z.ZodType, TData = undefined>(
  definition: FormActionDefinition<P, S, TData>,
): DefinedFormAction<TData, P> {
  const { permission, schema, arrays, read, run } = definition;
  const readInput = (formData: FormData) => (read ? read(formData) : formObject(formData, arrays));
  const action = async (_prev: FormState<TData>, formData: FormData): Promise<FormState<TData>> =>
    runAction(formData, async () => {
      const actor = await requireActor(permission);
      const input = parseForm(schema, readInput(formData));
      // Every query of the body is confined to the actor's council by row-level security (0045).
      return runInCouncilScope(actor, () => run(actor, input, formData), permission);
    });
  return Object.assign(action, { permission, schema: schema as z.ZodType, readInput });
}
