"use client";
// The event's cover image: upload (the file as the request body to /api/events/:id/cover, which
// refuses over 2 MB, over 4,000 px a side or not a PNG/JPEG with a message; the size is checked here
// first, so a 50 MB file is refused before it is sent), the current one shown, and a Remove.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { imageRefusalText } from "@/lib/i18n/image-refusal-text";
import { resolveLocale } from "@/lib/i18n/locales";
import { uploadImageFile } from "@/lib/ui/upload-image-file";

type Props = {
  uploadUrl: string;
  current: { src: string; width: number; height: number } | null;
  eventTitle: string;
  removeAction: (form: FormData) => Promise<void>;
};

export function CoverImageForm({ uploadUrl, current, eventTitle, removeAction }: Props) {
  const t = useTranslations("events.cover");
  const refusals = useTranslations("certificates");
  const locale = resolveLocale(useLocale());
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const id = useId();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setError(null);
    const file = (form.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) return setError(t("chooseFirst"));
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
    <div className="space-y-4">
      {current ? (
        <div className="space-y-2">
          {/* biome-ignore lint/performance/noImgElement: the event's own stored upload */}
          <img
            src={current.src}
            alt={eventTitle}
            width={current.width}
            height={current.height}
            className="block h-auto max-h-64 w-full rounded-md border border-zinc-200 object-cover"
          />
          <form action={removeAction}>
            <Button type="submit" variant="secondary" size="sm">
              {t("remove")}
            </Button>
          </form>
        </div>
      ) : (
        <p className="text-sm text-zinc-600">{t("none")}</p>
      )}
      <form onSubmit={onSubmit} className="space-y-2" aria-label={t("formLabel")}>
        <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
          {current ? t("replace") : t("choose")} <span className="font-normal text-zinc-500">{t("limits")}</span>
        </label>
        <div className="flex flex-wrap items-center gap-2">
          <input id={id} name="file" type="file" accept="image/png,image/jpeg" className="max-w-full text-sm" />
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? t("uploading") : t("upload")}
          </Button>
        </div>
        {error && <Alert tone="error">{error}</Alert>}
      </form>
    </div>
  );
}
