import { z } from "zod";

/** A statement version number from the address: a whole number from 1; anything else is not found. */
export const statementVersionSchema = z.coerce.number().int().min(1).max(1_000_000);
