import type { ReactNode } from "react";
import type { VenueReviewView } from "@/lib/data/involvement/get-venue-review";

/**
 * The team's photos of a venue, each with what it shows as its alternative text and caption. The
 * images come only through the authorised files route, never a public address.
 */
export function VenueReviewPhotos({
  photos,
  action,
}: {
  photos: VenueReviewView["photos"];
  /** Something to put under each photo (a link to take it away). */
  action?: (photo: VenueReviewView["photos"][number]) => ReactNode;
}) {
  if (photos.length === 0) return null;
  return (
    <ul className="mb-8 grid list-none grid-cols-1 gap-6 p-0 sm:grid-cols-2 lg:grid-cols-3">
      {photos.map((p) => (
        <li key={p.id}>
          <figure>
            {/* eslint-disable-next-line @next/next/no-img-element -- served by the authorised files route, not the image optimiser */}
            <img
              src={`/api/files/${p.fileId}`}
              alt={p.caption}
              className="aspect-[4/3] w-full border border-border object-cover"
              loading="lazy"
            />
            {/* The alternative text already says it: the caption is for sighted readers only. */}
            <figcaption className="mt-2" aria-hidden="true">
              {p.caption}
            </figcaption>
          </figure>
          {action?.(p)}
        </li>
      ))}
    </ul>
  );
}
