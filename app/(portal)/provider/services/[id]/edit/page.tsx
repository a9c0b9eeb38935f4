import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getOwnListing } from "@/lib/data/directory/get-own-listing";
import { listingFormOptions } from "@/lib/data/directory/listing-form-options";
import { route } from "@/lib/routes/route";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/heading";
import { InsetText } from "@/components/ui/inset-text";
import { ListingForm } from "@/components/directory/listing-form";
import { proposeListingChangeAction } from "../../actions";

export const metadata: Metadata = { title: "Propose a change to a listing" };

export default async function ProposeListingChangePage({
  params,
}: PageProps<"/provider/services/[id]/edit">) {
  const actor = await requirePageActor("update:listing:own", { role: "PROVIDER" });
  const { id } = await params;
  const [listing, options] = await Promise.all([getOwnListing(actor, id), listingFormOptions(actor, id)]);
  if (!listing) notFound();
  const back = route(`/provider/services/${listing.id}`);
  return (
    <>
      <BackLink href={back}>{listing.listing.name}</BackLink>
      <PageHeading caption={actor.councilName}>Propose a change</PageHeading>
      {listing.pending ? (
        <InsetText>
          A change to this listing is already waiting for the council. You can propose another once it has
          been decided.
        </InsetText>
      ) : listing.status === "ARCHIVED" ? (
        <InsetText>This listing is archived, so it cannot be changed.</InsetText>
      ) : (
        <>
          <p className="mb-6 max-w-[75ch]">
            Change what needs changing. The public directory keeps showing the listing as it is until the
            council approves your change.
          </p>
          <ListingForm
            action={proposeListingChangeAction}
            listing={listing.listing}
            serviceId={listing.id}
            options={options}
            submitLabel="Send the change to the council"
            after={<Link href={back}>Cancel</Link>}
          />
        </>
      )}
    </>
  );
}
