export const DISPLAY_COOKIE = "display-mode";
export const DISPLAY_MODES = ["standard", "easy-read", "large-print"] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

export function parseDisplayMode(value: string | undefined): DisplayMode {
  return (DISPLAY_MODES as readonly string[]).includes(value ?? "") ? (value as DisplayMode) : "standard";
}
