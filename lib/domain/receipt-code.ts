import { randomInt } from "node:crypto";

// No 0/O, 1/I: easy to read out over the phone.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A short feedback reference such as FB-7KQ2MX, unique per council (the caller retries a clash). */
export function newReceiptCode(): string {
  let code = "FB-";
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
