// Ticket codes: 128 random bits written as 26 Crockford base32 characters (upper case, no I L O U),
// so a code read aloud or typed from paper survives the usual confusions. The code is the only thing
// in the QR; it is never derived from a database id or an email.
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const TICKET_CODE_LENGTH = 26;
const BITS = 128n;

export function generateTicketCode(): string {
  let value = BigInt(`0x${randomBytes(16).toString("hex")}`);
  let out = "";
  for (let i = 0; i < TICKET_CODE_LENGTH; i++) {
    out = ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

/**
 * What a person or a scanner typed → the canonical code, or null when it cannot be one.
 * Spaces and dashes are ignored; O reads as 0, I and L as 1 (Crockford's aliases).
 */
export function normalizeTicketCode(input: string): string | null {
  if (typeof input !== "string" || input.length > 200) return null;
  const code = input
    .trim()
    .replace(/[\s-]+/g, "")
    .toUpperCase()
    .replaceAll("O", "0")
    .replace(/[IL]/g, "1");
  if (code.length !== TICKET_CODE_LENGTH) return null;
  let value = 0n;
  for (const ch of code) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return null;
    value = (value << 5n) | BigInt(digit);
  }
  // 26 characters hold 130 bits; a real code uses 128, so the first character is 0–7.
  if (value >> BITS !== 0n) return null;
  return code;
}

/** "ABCDE-FGHJK-MNPQR-STVWX-YZ0123": how the code is printed for people to read. */
export function formatTicketCode(code: string): string {
  return [code.slice(0, 5), code.slice(5, 10), code.slice(10, 15), code.slice(15, 20), code.slice(20)].filter(Boolean).join("-");
}
