/**
 * The notice a family gets when a young person leaves the register at 20. It names the child
 * while the council still holds their details; once they are erased, the notice no longer does.
 */
export function ageOutNotice(firstName: string | null, retentionDays: number) {
  const who = firstName ?? "Your child";
  return {
    title: `${who} has left the register`,
    body: `The register is for children and young people up to age 19. ${who} has turned 20, so they are no longer on it. Their details will be erased after ${retentionDays} days. Adult services can tell you about support for young adults.`,
  };
}

/** The same notice after erasure: no name. The migration that linked older notices uses this text too. */
export const ERASED_AGE_OUT_NOTICE = {
  title: "Your child has left the register",
  body: "A young person in your family turned 20 and left the register. Their details have now been erased.",
} as const;
