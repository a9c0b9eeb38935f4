import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { listingFormOptions } from "@/lib/data/directory/listing-form-options";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/heading";
import { ListingForm } from "@/components/directory/listing-form";
import { createListingAction } from "../actions";

export const metadata: Metadata = { title: "Add a directory listing" };

export default async function NewListingPage() {
  const actor = await requirePageActor("create:listing:own", { role: "PROVIDER" });
  const options = await listingFormOptions(actor);
  return (
    <>
      <BackLink href="/provider/services">Your directory listings</BackLink>
      <PageHeading caption={actor.councilName}>Add a directory listing</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        The council checks a new listing before it appears in the public directory. You will get a
        notification when it has been decided.
      </p>
      <ListingForm
        action={createListingAction}
        options={options}
        submitLabel="Send to the council"
        after={<Link href="/provider/services">Cancel</Link>}
      />
    </>
  );
}
