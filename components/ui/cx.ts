export type ClassValue = string | false | null | undefined | 0;

/** Joins class names, skipping empty and false values. */
export function cx(...classes: ClassValue[]): string {
  return classes.filter(Boolean).join(" ");
}
