// Which encoding a file's first bytes are in. A byte-order mark decides; otherwise valid UTF-8 is
// UTF-8; otherwise it is a legacy single-byte code page, and Greek (Windows-1253) is told from
// Western European (Windows-1252) by how the high bytes sit in words: Greek words are made only of
// high bytes ("Παπαδόπουλος"), Western words mix them with ASCII letters ("Müller", "José").
import type { ImportEncoding } from "./encodings";

export type EncodingGuess = {
  encoding: ImportEncoding;
  /** Why: shown next to the choice so the organizer knows whether to trust it. */
  reason: "bom" | "utf-8" | "utf-16-pattern" | "greek-letters" | "western-default";
  /** Whether the file starts with a byte-order mark. */
  bom: boolean;
};

export function detectEncoding(sample: Uint8Array): EncodingGuess {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: "utf-8", reason: "bom", bom: true };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: "utf-16le", reason: "bom", bom: true };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: "utf-16be", reason: "bom", bom: true };
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, reason: "utf-16-pattern", bom: false };
  if (isUtf8(sample)) return { encoding: "utf-8", reason: "utf-8", bom: false };
  return looksGreek(sample)
    ? { encoding: "windows-1253", reason: "greek-letters", bom: false }
    : { encoding: "windows-1252", reason: "western-default", bom: false };
}

/** Valid UTF-8, allowing a sequence cut off at the end of the sample. */
export function isUtf8(sample: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** ASCII text in UTF-16 has a zero in every other byte: on the odd bytes (LE) or the even ones (BE). */
function utf16WithoutBom(sample: Uint8Array): ImportEncoding | null {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

const isAsciiLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
// Letters in either code page: 0xC0–0xFF, and Windows-1253's accented capitals (Ά 0xA2, Έ–Ί 0xB8–0xBA, Ό 0xBC, Ύ Ώ 0xBE–0xBF).
const isHighLetter = (b: number) => b >= 0xc0 || b === 0xa2 || (b >= 0xb8 && b <= 0xbf && b !== 0xbb && b !== 0xbd);

export function looksGreek(sample: Uint8Array): boolean {
  let greekWords = 0;
  let westernWords = 0;
  let high = 0;
  let ascii = 0;
  const endWord = () => {
    if (high >= 2 && ascii === 0) greekWords++;
    else if (high > 0 && ascii > 0) westernWords++;
    high = 0;
    ascii = 0;
  };
  for (const b of sample) {
    if (isHighLetter(b)) high++;
    else if (isAsciiLetter(b)) ascii++;
    else endWord();
  }
  endWord();
  return greekWords > westernWords;
}
