/**
 * Four-eyes approval of a specification: when the council asks for it and has two or more
 * commissioners, the approver must be someone who did not write the version (create it, change
 * it or send it for approval). With one commissioner there is no second pair of eyes to ask, so
 * the rule cannot apply; the approval's audit row says so.
 */
export interface FourEyesFacts {
  councilRequiresIt: boolean;
  activeCommissioners: number;
  authorIds: readonly string[];
  approverId: string;
}

export type FourEyesCheck = { ok: true; applied: boolean } | { ok: false; reason: string };

export function checkFourEyes(f: FourEyesFacts): FourEyesCheck {
  const applies = f.councilRequiresIt && f.activeCommissioners >= 2;
  if (!applies) return { ok: true, applied: false };
  if (f.authorIds.includes(f.approverId)) {
    return {
      ok: false,
      reason:
        "You wrote or changed this version, so another commissioner must approve it. Your council asks for a second commissioner to approve each specification.",
    };
  }
  return { ok: true, applied: true };
}

/** The authors after someone changes the version (each person once, in the order they wrote). */
export function withAuthor(authorIds: readonly string[], userId: string): string[] {
  return authorIds.includes(userId) ? [...authorIds] : [...authorIds, userId];
}
