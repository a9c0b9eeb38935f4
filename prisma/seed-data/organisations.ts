import type { OrganisationDef } from "./definitions";
import type { Tx } from "./context";
import { newId } from "./random";

/** Fictional providers. Phone numbers are from Ofcom's range reserved for drama (01632 960xxx). */
export const ORGANISATIONS: OrganisationDef[] = [
  {
    key: "npp",
    name: "Northshire Play Partnership",
    charityNumber: "1145821",
    isVcs: true,
    isSme: true,
    address: "Unit 4, Valley Park Business Centre, Mill Road, North Vale",
    postcode: "NS1 3PQ",
    website: "https://northshireplay.example",
    email: "hello@northshireplay.example",
    phone: "01632 960101",
  },
  {
    key: "brightside",
    name: "Brightside Short Breaks CIC",
    companyNumber: "11872634",
    isVcs: true,
    isSme: true,
    address: "The Old Library, 12 Market Street, Eastwick",
    postcode: "NS5 2BD",
    website: "https://brightside-breaks.example",
    email: "office@brightside-breaks.example",
    phone: "01632 960214",
  },
  {
    key: "haven",
    name: "Haven Overnight Care Ltd",
    companyNumber: "07412389",
    isVcs: false,
    isSme: true,
    address: "Haven House, 3 Orchard Lane, Southmoor",
    postcode: "NS3 7HN",
    website: "https://havenovernight.example",
    email: "referrals@havenovernight.example",
    phone: "01632 960337",
  },
  {
    key: "together",
    name: "Together Leisure Trust",
    charityNumber: "1098765",
    companyNumber: "04561237",
    isVcs: true,
    isSme: false,
    address: "Southmoor Leisure Centre, Station Road, Southmoor",
    postcode: "NS4 1LT",
    website: "https://togetherleisure.example",
    email: "inclusion@togetherleisure.example",
    phone: "01632 960452",
  },
  {
    key: "sunflower",
    name: "Sunflower Sitting Service",
    charityNumber: "1167432",
    isVcs: true,
    isSme: true,
    address: "14 Church Walk, North Vale",
    postcode: "NS2 5RW",
    website: "https://sunflowersitting.example",
    email: "bookings@sunflowersitting.example",
    phone: "01632 960518",
  },
  {
    key: "careplus",
    name: "CarePlus Homecare Ltd",
    companyNumber: "05823917",
    isVcs: false,
    isSme: false,
    address: "Second Floor, Kingsgate House, 40 Queen Street, Eastbrook",
    postcode: "EB1 4GH",
    website: "https://careplus-homecare.example",
    email: "children@careplus-homecare.example",
    phone: "01632 960643",
  },
  {
    key: "familylink",
    name: "Eastbrook Family Link",
    charityNumber: "1123459",
    isVcs: true,
    isSme: true,
    address: "Riverside Community Hub, 7 Wharf Street, Eastbrook",
    postcode: "EB3 2QN",
    website: "https://eastbrookfamilylink.example",
    email: "sharedcare@eastbrookfamilylink.example",
    phone: "01632 960779",
  },
];

/** Organisations are not council-owned; each council's links are made with the council. */
export async function seedOrganisations(tx: Tx): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const rows = ORGANISATIONS.map((o) => {
    const id = newId();
    ids[o.key] = id;
    return {
      id,
      name: o.name,
      charityNumber: o.charityNumber ?? null,
      companyNumber: o.companyNumber ?? null,
      isVcs: o.isVcs,
      isSme: o.isSme,
      address: o.address,
      postcode: o.postcode,
      website: o.website,
      email: o.email,
      phone: o.phone,
    };
  });
  await tx.organisation.createMany({ data: rows });
  return ids;
}

export function organisationName(key: string): string {
  const o = ORGANISATIONS.find((x) => x.key === key);
  if (!o) throw new Error(`seed: no organisation "${key}"`);
  return o.name;
}
