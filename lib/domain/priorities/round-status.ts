/**
 * A round takes rankings while it is OPEN and its closing day (England's calendar date, inclusive)
 * has not passed; after that it reads as closed even before a commissioner closes it.
 */
export function roundIsOpen(round: { status: "OPEN" | "CLOSED"; closesOn: Date }, today: Date): boolean {
  return round.status === "OPEN" && round.closesOn.getTime() >= today.getTime();
}
