"use client";
// Choosing and uploading the CSV. With JavaScript the file is sent as it is (its size checked here
// first, and again by the server) and the preview opens; without, the form posts multipart to the
// same route, which redirects to the preview or back here with the error.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { formatBytes } from "@/lib/i18n/format-bytes";
import { resolveLocale } from "@/lib/i18n/locales";
import { uploadRefusalKey } from "@/lib/imports/upload-refusals";

type Props = { eventId: string; maxBytes: number; initialError?: string };

export function UploadForm({ eventId, maxBytes, initialError }: Props) {
  const router = useRouter();
  const t = useTranslations("imports.upload");
  const locale = resolveLocale(useLocale());
  const limit = formatBytes(maxBytes, locale);
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);
  const action = `/api/events/${eventId}/imports/upload`;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = new FormData(e.currentTarget).get("file");
    if (!(file instanceof File) || !file.name) return setError(t("noFile"));
    if (file.size > maxBytes) return setError(t("tooLargeSized", { size: formatBytes(file.size, locale), limit }));
    if (file.size === 0) return setError(t("empty"));
    setError(undefined);
    setPending(true);
    try {
      const res = await fetch(action, {
        method: "POST",
        body: file,
        headers: { Accept: "application/json", "Content-Type": file.type || "text/csv", "X-Filename": encodeURIComponent(file.name) },
      });
      const json = (await res.json().catch(() => null)) as { previewUrl?: string; code?: string } | null;
      if (!res.ok || !json?.previewUrl) {
        const refused = uploadRefusalKey(json?.code);
        setError(refused ? t(refused, { limit }) : t("failed"));
        setPending(false);
        return;
      }
      router.push(json.previewUrl);
    } catch {
      setError(t("failed"));
      setPending(false);
    }
  }

  return (
    <form method="post" action={action} encType="multipart/form-data" onSubmit={onSubmit} noValidate className="space-y-4">
      <Field id="import-file" label={t("label")} hint={t("hint", { limit })} error={error}>
        <Input type="file" name="file" accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values" className="h-auto py-2" />
      </Field>
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
