"use client";

import { useState } from "react";

/**
 * A key that changes with every action result. React resets a form after its action, and selects
 * and radios would fall back to their first render's defaults; keying the form with this remounts
 * the fields with the refill values instead.
 */
export function useRemountKey(state: unknown): number {
  const [seen, setSeen] = useState(state);
  const [version, setVersion] = useState(0);
  if (seen !== state) {
    setSeen(state);
    setVersion(version + 1);
  }
  return version;
}
