/**
 * Creates a council with its districts and first administrator, who is e-mailed an invitation:
 *
 *   npm run council:create -- --slug east-riding --name "East Riding Council" \
 *                             --districts "North,South,Coast" --admin-email admin@east-riding.example \
 *                             [--admin-name "Ada Admin"]
 *
 * The same data function as the platform administrator's page (/platform/councils/new), so the same
 * checks: the slug well-formed and not taken, districts named once each. Exits 1 with the message.
 */
import { parseArgs } from "node:util";
import { prisma } from "../lib/db";
import { isAppError } from "../lib/errors";
import { createCouncilSchema } from "../lib/schemas/council";
import { fieldErrorsOf } from "../lib/actions/form-state";
import { createCouncil } from "../lib/data/council/create-council";

const USAGE =
  'Usage: npm run council:create -- --slug SLUG --name "NAME" --districts "A,B" --admin-email ADDRESS [--admin-name "NAME"]';

async function main(): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        slug: { type: "string" },
        name: { type: "string" },
        districts: { type: "string" },
        "admin-email": { type: "string" },
        "admin-name": { type: "string" },
      },
      strict: true,
    }));
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const parsed = createCouncilSchema.safeParse({
    slug: values.slug ?? "",
    name: values.name ?? "",
    districts: values.districts ?? "",
    adminEmail: values["admin-email"] ?? "",
    adminName: values["admin-name"] ?? "Council administrator",
  });
  if (!parsed.success) {
    for (const [field, message] of Object.entries(fieldErrorsOf(parsed.error)))
      console.error(`${field}: ${message}`);
    console.error(USAGE);
    return 1;
  }
  try {
    const r = await createCouncil(null, parsed.data);
    console.log(
      `Created ${parsed.data.name} (/councils/${parsed.data.slug}) with ${parsed.data.districts.length} districts. ` +
        (r.invited
          ? `${parsed.data.adminEmail} is sent an invitation to set a password.`
          : `${parsed.data.adminEmail} already has an account and signs in with their own password.`),
    );
    return 0;
  } catch (e) {
    if (isAppError(e)) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

main()
  .then(async (code) => {
    await prisma.$disconnect();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(`[council:create] failed: ${e instanceof Error ? e.name : "error"}`);
    await prisma.$disconnect();
    process.exit(1);
  });
