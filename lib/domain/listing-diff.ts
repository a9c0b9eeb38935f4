import type { ServiceListing } from "../schemas/service-listing";
import { ACCESSIBILITY_LABELS } from "./directory";

/** Names for a listing's codes, from the council's lists (a code not found shows as itself). */
export interface ListingNames {
  serviceTypes: Record<string, string>;
  districts: Record<string, string>;
  needTypes: Record<string, string>;
}

export interface ListingDiffRow {
  field: keyof ServiceListing;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

const LABELS: Record<keyof ServiceListing, string> = {
  name: "Name",
  description: "Description",
  eligibility: "Who can use it",
  serviceType: "Type of break",
  ageMin: "Youngest age",
  ageMax: "Oldest age",
  venue: "Venue",
  address: "Address",
  postcode: "Postcode",
  email: "Email",
  phone: "Phone",
  url: "Website",
  costInfo: "What it costs",
  isFree: "Free to families",
  districts: "Areas",
  needs: "Types of need",
  accessibility: "Accessibility",
};

const FIELDS = Object.keys(LABELS) as (keyof ServiceListing)[];

function shown(field: keyof ServiceListing, l: ServiceListing | null, names: ListingNames): string {
  if (!l) return "";
  const list = (codes: string[], lookup: Record<string, string>) =>
    codes
      .map((c) => lookup[c] ?? c)
      .sort((a, b) => a.localeCompare(b))
      .join(", ");
  switch (field) {
    case "serviceType":
      return names.serviceTypes[l.serviceType] ?? l.serviceType;
    case "isFree":
      return l.isFree ? "Yes" : "No";
    case "districts":
      return list(l.districts, names.districts);
    case "needs":
      return list(l.needs, names.needTypes);
    case "accessibility":
      return list(l.accessibility, ACCESSIBILITY_LABELS);
    case "ageMin":
    case "ageMax":
      return String(l[field]);
    default:
      return l[field] ?? "";
  }
}

/**
 * Every field of a listing, as it is (`before`; none for a new listing) and as proposed, in words,
 * with whether it changes. Lists compare as sets, so a different order is no change.
 */
export function listingDiff(
  before: ServiceListing | null,
  after: ServiceListing,
  names: ListingNames,
): ListingDiffRow[] {
  return FIELDS.map((field) => {
    const b = shown(field, before, names);
    const a = shown(field, after, names);
    return {
      field,
      label: LABELS[field],
      before: b,
      after: a,
      changed: before === null ? a !== "" : a !== b,
    };
  });
}
