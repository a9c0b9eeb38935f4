/** Long texts of the demo data: consent wording, the short breaks statement, names and comments. */
import type { CouncilDef } from "./definitions";

export function consentText(councilName: string, retentionDays: number): string {
  return [
    `Joining the register of disabled children is your choice. You do not have to join, and not joining will not change the help your child gets from ${councilName}.`,
    "If you agree, we keep your child's name, date of birth, postcode, school, type of need, how your child communicates, the short breaks they use now, and how to contact you.",
    "Only staff who plan and arrange services for disabled children can see these details. Every time a member of staff looks at your child's record, we keep a note of it. We never sell your details or give them to anyone else without asking you, unless the law says we must to keep a child safe.",
    "We use the register to count how many disabled children live in each area, and their ages and needs, so we can plan the right short breaks. These numbers are always anonymous. We never publish a number smaller than 10, so no child can be picked out.",
    `You can change your child's details, download everything we hold, or take your child off the register at any time, from your account or by contacting us. If you take your child off the register, we stop using their details straight away and delete them within ${retentionDays} days.`,
  ].join("\n\n");
}

export function statementBody(def: CouncilDef): string {
  const districts = def.districts.map((d) => d.name).join(", ");
  return [
    `This is ${def.name}'s short breaks services statement. It tells families of disabled children and young people what short breaks we offer, who can use them, how to get them and how they help parents and carers. We review it every year with families and young commissioners.`,
    `Short breaks give disabled children and young people a chance to have fun, make friends and try new things, and give their parents and carers a break from caring. In ${districts} we offer play schemes on Saturdays and in the school holidays, after-school and holiday clubs, youth clubs and inclusive leisure, sitting services, shared care with approved carers, homecare, one-to-one support in the community, and overnight and residential breaks.`,
    "Many short breaks are open to any disabled child or young person up to the age of 18 (19 for some youth activities) who lives in our area. You do not need an assessment for play schemes, clubs and leisure activities: contact the provider in our directory, or ask us for help to find something.",
    "Some short breaks, such as overnight breaks, shared care, homecare and longer one-to-one support, are for children with more complex needs. A social worker will talk with you and your child in a Child and Family Assessment. Our Resource Allocation System then gives an indicative personal budget, and together we write a support plan.",
    "You can take a personal budget as a direct payment, so that you choose and pay for support yourself; as a managed budget, where we arrange support with approved providers; or as an individual budget for social and leisure activities, where you keep receipts to show how it was spent. Direct payments are available for children from birth to 18. Shared care is for children aged 4 to 18.",
    'We know parents and carers need breaks they can rely on, close to home, with staff who understand their child. Families asked us for more choice through direct payments, for funding for small groups, and for staff who understand autism. Children told us: "We don\'t want special clubs; we want to get supported and have a good time." We now ask every provider to train staff in autism, we fund small-group sessions, and we are making direct payments simpler.',
    `You can join our voluntary register of disabled children, give feedback at any time, and see what we changed in "You said, we did". To talk to us, e-mail ${def.contactEmail}.`,
  ].join("\n\n");
}

export const GIRL_NAMES = (
  "Amelia Isla Ava Freya Lily Grace Evie Ruby Poppy Sophia Zara Aaliyah Hannah Chloe " +
  "Erin Niamh Maya Imani Layla Esme Harriet Alice Millie Sienna Phoebe Ayesha Rosie " +
  "Megan"
).split(" ");

export const BOY_NAMES = (
  "Noah Leo Harry George Jack Theo Arthur Oscar Charlie Alfie Mohammed Ibrahim Reuben " +
  "Kian Ethan Lewis Rory Samuel Joshua Dylan Toby Finley Yusuf Kofi Logan Max Rhys Caleb"
).split(" ");

export const PARENT_NAMES = (
  "Emma Claire Rachel Laura Gemma Nadia Fatima Kerry Michelle Louise Mark Darren Paul " +
  "Imran Chris Andrew Joanne Becky Sinead Tracey"
).split(" ");

export const SURNAMES = (
  "Hughes Patel Robinson Clarke Khan Walker Wright Green Begum Hall Wood Turner Hussain " +
  "Lewis Mitchell Bennett Ali Cooper Morris Ward Brooks Kelly Akhtar Price Barker Murphy " +
  "Osei Fletcher Nowak Evans Shaw Ahmed Parker Holmes Jackson Gray Harrison Dawson Singh " +
  "Foster"
).split(" ");

export const COMMUNICATION_NEEDS = [
  "Uses Makaton signs.",
  "Uses PECS picture cards.",
  "Non-verbal; understands simple spoken words.",
  "Needs instructions one step at a time.",
  "Uses British Sign Language.",
  "Uses a communication app on a tablet.",
];
