// Why an uploaded image (certificate logo or signature, event cover) was refused, in the reader's
// language: the upload routes' answers and the forms' own check before sending, one wording for all.
// `t` is the "certificates" namespace's translator (translator(locale, "certificates") on the
// server, useTranslations("certificates") in the browser), so this module pulls in no catalogue.
import { type ImageRefusal, MAX_IMAGE_BYTES, MAX_IMAGE_SIDE } from "@/lib/certificates/image-upload";
import { formatBytes } from "./format-bytes";
import type { Locale } from "./locales";

type Translate = (key: `upload.${ImageRefusal["key"]}`, values?: Record<string, string | number>) => string;

export function imageRefusalText(refusal: ImageRefusal, locale: Locale, t: Translate): string {
  const limit = formatBytes(MAX_IMAGE_BYTES, locale);
  switch (refusal.key) {
    case "tooLarge":
      return t("upload.tooLarge", { size: formatBytes(refusal.bytes, locale, { fractionDigits: 1 }), limit });
    case "overLimit":
      return t("upload.overLimit", { limit });
    case "tooManyPixels":
      return t("upload.tooManyPixels", { width: refusal.width, height: refusal.height, max: MAX_IMAGE_SIDE });
    default:
      return t(`upload.${refusal.key}`);
  }
}
