// Issue 18: sizes and upload refusals in the reader's language. One byte formatter (Greek writes a
// decimal comma), and the image and CSV refusals worded by language from the same codes wherever
// they are shown (the routes' answers, the forms' own checks).
import { describe, expect, it } from "vitest";
import { formatBytes } from "@/lib/i18n/format-bytes";
import { imageRefusalText } from "@/lib/i18n/image-refusal-text";
import { translator } from "@/lib/i18n/translator";
import { MAX_UPLOAD_BYTES } from "@/lib/imports/limits";
import { type UploadRefusalCode, uploadRefusalKey } from "@/lib/imports/upload-refusals";
import { checkImage, MAX_IMAGE_BYTES } from "@/lib/certificates/image-upload";
import type { Locale } from "@/lib/i18n/locales";

const MB = 1024 * 1024;

describe("formatBytes", () => {
  it("writes sizes as each language does, with the decimal comma in Greek", () => {
    expect(formatBytes(1.5 * MB, "en")).toBe("1.5 MB");
    expect(formatBytes(1.5 * MB, "el")).toBe("1,5 MB");
    expect(formatBytes(21 * MB, "en")).toBe("21 MB");
    expect(formatBytes(2560, "en")).toBe("2.5 kB");
    expect(formatBytes(2560, "el")).toBe("2,5 kB");
    expect(formatBytes(1, "en")).toBe("1 byte");
    expect(formatBytes(12, "en")).toBe("12 bytes");
    expect(formatBytes(12, "el")).toBe("12 byte");
  });

  it("keeps a fixed number of decimals when asked", () => {
    expect(formatBytes(50 * MB, "en", { fractionDigits: 1 })).toBe("50.0 MB");
    expect(formatBytes(50 * MB, "el", { fractionDigits: 1 })).toBe("50,0 MB");
  });
});

const refusal = (locale: Locale, bytes: Buffer | null, size: number) => {
  const checked = checkImage(bytes, size);
  if (checked.ok) throw new Error("expected a refusal");
  return imageRefusalText(checked.refusal, locale, translator(locale, "certificates"));
};

describe("image refusals", () => {
  it("say the size, the type and the dimensions in English and in Greek", () => {
    expect(refusal("en", Buffer.alloc(10), 2.5 * MB)).toBe("The image is 2.5 MB; the limit is 2 MB.");
    expect(refusal("el", Buffer.alloc(10), 2.5 * MB)).toBe("Η εικόνα είναι 2,5 MB· το όριο είναι 2 MB.");
    expect(refusal("en", Buffer.from("GIF89a"), 6)).toBe("The file is not a PNG or JPEG image.");
    expect(refusal("el", Buffer.from("GIF89a"), 6)).toBe("Το αρχείο δεν είναι εικόνα PNG ή JPEG.");
    expect(refusal("el", null, 0)).toBe("Το αρχείο είναι κενό.");
    const pixels = { key: "tooManyPixels", width: 9000, height: 12_000 } as const;
    expect(imageRefusalText(pixels, "en", translator("en", "certificates"))).toBe(
      "The image is 9,000 × 12,000 pixels; the limit is 4,000 × 4,000.",
    );
    expect(imageRefusalText(pixels, "el", translator("el", "certificates"))).toBe(
      "Η εικόνα είναι 9.000 × 12.000 εικονοστοιχεία· το όριο είναι 4.000 × 4.000.",
    );
    expect(imageRefusalText({ key: "overLimit" }, "el", translator("el", "certificates"))).toBe(
      "Η εικόνα ξεπερνά τα 2 MB· το όριο είναι 2 MB.",
    );
    expect(MAX_IMAGE_BYTES).toBe(2 * MB);
  });
});

// As the import page and the upload form word the route's refusal code.
function uploadRefusalText(locale: Locale, code: UploadRefusalCode, bytes?: number): string {
  const t = translator(locale, "imports");
  const limit = formatBytes(MAX_UPLOAD_BYTES, locale);
  if (code === "too_large" && bytes) return t("upload.tooLargeSized", { size: formatBytes(bytes, locale), limit });
  return t(`upload.${uploadRefusalKey(code)}` as never, { limit } as never);
}

describe("CSV upload refusals", () => {
  it("say the file's size and the limit in the organizer's language", () => {
    expect(MAX_UPLOAD_BYTES).toBe(20 * MB);
    expect(uploadRefusalText("en", "too_large", 21 * MB)).toBe(
      "The file is 21 MB. Files up to 20 MB can be imported: split the list into smaller files, or remove the columns you do not need.",
    );
    expect(uploadRefusalText("el", "too_large", 20.5 * MB)).toMatch(/^Το αρχείο είναι 20,5 MB\. Μπορούν να εισαχθούν αρχεία έως 20 MB/);
    expect(uploadRefusalText("el", "too_large")).toMatch(/^Το αρχείο είναι μεγαλύτερο από 20 MB\./);
    expect(uploadRefusalText("el", "cross_site")).toBe("Τα αρχεία γίνονται δεκτά μόνο από τις σελίδες αυτού του ιστότοπου.");
    expect(uploadRefusalText("en", "no_file")).toBe("Choose a CSV file to upload.");
  });
});
