"use client";
// Upload of the logo or the signature: the file is sent as the request body to a route that refuses
// anything over 2 MB or not a PNG/JPEG with a clear message (also checked here first, so a 50 MB
// file is refused before it is sent).
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { imageRefusalText } from "@/lib/i18n/image-refusal-text";
import { resolveLocale } from "@/lib/i18n/locales";
import { uploadImageFile } from "@/lib/ui/upload-image-file";

export function ImageUploadForm({ kind, label, uploadUrl }: { kind: "logo" | "signature"; label: string; uploadUrl: string }) {
  const t = useTranslations("certificates.upload");
  const refusals = useTranslations("certificates");
  const locale = resolveLocale(useLocale());
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const id = `cert-${kind}-file`;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    const file = (e.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) return setError(t("chooseFirst"));
    const form = e.currentTarget;
    setPending(true);
    const outcome = await uploadImageFile(uploadUrl, file);
    setPending(false);
    if (outcome.ok) {
      form.reset();
      router.refresh();
    } else if (outcome.reason === "too_large") setError(imageRefusalText(outcome.refusal, locale, refusals));
    else if (outcome.reason === "refused") setError(outcome.error ?? t("failed"));
    else setError(t("offline"));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {label} <span className="font-normal text-zinc-500">{t("limits")}</span>
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input id={id} name="file" type="file" accept="image/png,image/jpeg" className="text-sm" />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("uploading") : kind === "logo" ? t("uploadLogo") : t("uploadSignature")}
        </Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
    </form>
  );
}
