import { describe, expect, it } from "vitest";
import { formatTicketCode, generateTicketCode, normalizeTicketCode, TICKET_CODE_LENGTH } from "@/lib/tickets/ticket-code";

const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{26}$/;

describe("ticket codes", () => {
  it("are 26 upper-case Crockford base32 characters that validate as they are", () => {
    for (let i = 0; i < 1000; i++) {
      const code = generateTicketCode();
      expect(code).toMatch(CROCKFORD);
      expect(code).toHaveLength(TICKET_CODE_LENGTH);
      expect(normalizeTicketCode(code)).toBe(code);
    }
  });

  it("carry 128 random bits: 10,000 codes are distinct and every bit position varies", () => {
    const codes = Array.from({ length: 10_000 }, generateTicketCode);
    expect(new Set(codes).size).toBe(codes.length);
    const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const ones = new Array<number>(130).fill(0);
    for (const code of codes) {
      const bits = [...code].map((c) => alphabet.indexOf(c).toString(2).padStart(5, "0")).join("");
      for (let b = 0; b < 130; b++) if (bits[b] === "1") ones[b]++;
    }
    // The two leading bits of 130 are padding; each of the other 128 is set about half the time.
    expect(ones.slice(0, 2)).toEqual([0, 0]);
    for (const n of ones.slice(2)) {
      expect(n).toBeGreaterThan(4_600);
      expect(n).toBeLessThan(5_400);
    }
  });

  it("are read back from what a person types: spaces, dashes, lower case and Crockford's look-alikes", () => {
    const code = "0123456789ABCDEFGHJKMNPQRS";
    expect(normalizeTicketCode(formatTicketCode(code))).toBe(code);
    expect(normalizeTicketCode(`  ${code.toLowerCase()}\n`)).toBe(code);
    expect(normalizeTicketCode("O1234-56789 abcde fghjk mnpqrs")).toBe(code);
    expect(normalizeTicketCode("0i23456789abcdefghjkmnpqrs")).toBe(code);
    expect(normalizeTicketCode("0L23456789ABCDEFGHJKMNPQRS")).toBe(code);
  });

  it("refuse anything that cannot be a code: wrong length, letters outside the alphabet, too large a value", () => {
    const code = generateTicketCode();
    expect(normalizeTicketCode(code.slice(0, 25))).toBeNull();
    expect(normalizeTicketCode(`${code}0`)).toBeNull();
    expect(normalizeTicketCode("")).toBeNull();
    expect(normalizeTicketCode(`U${code.slice(1)}`)).toBeNull();
    expect(normalizeTicketCode(`${code.slice(0, 25)}!`)).toBeNull();
    expect(normalizeTicketCode(`8${code.slice(1)}`)).toBeNull(); // 130 bits would need a first digit above 7
    expect(normalizeTicketCode("../../etc/passwd")).toBeNull();
    expect(normalizeTicketCode("x".repeat(10_000))).toBeNull();
  });

  it("are printed in groups of five that a person can read out", () => {
    expect(formatTicketCode("0123456789ABCDEFGHJKMNPQRS")).toBe("01234-56789-ABCDE-FGHJK-MNPQRS");
  });
});
