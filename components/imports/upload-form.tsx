"use client";
// Choosing and uploading the CSV. With JavaScript the file is sent as it is (its size checked here
// first, and again by the server) and the preview opens; without, the form posts multipart to the
// same route, which redirects to the preview or back here with the error.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { formatBytes, tooLargeMessage } from "@/lib/imports/limits";

type Props = { eventId: string; maxBytes: number; initialError?: string };

export function UploadForm({ eventId, maxBytes, initialError }: Props) {
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);
  const action = `/api/events/${eventId}/imports/upload`;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = new FormData(e.currentTarget).get("file");
    if (!(file instanceof File) || !file.name) return setError("Choose a CSV file to upload.");
    if (file.size > maxBytes) return setError(tooLargeMessage(file.size));
    if (file.size === 0) return setError("The file is empty. Choose the file again, or export the list from your spreadsheet once more.");
    setError(undefined);
    setPending(true);
    try {
      const res = await fetch(action, {
        method: "POST",
        body: file,
        headers: { Accept: "application/json", "Content-Type": file.type || "text/csv", "X-Filename": encodeURIComponent(file.name) },
      });
      const json = (await res.json().catch(() => null)) as { previewUrl?: string; error?: string } | null;
      if (!res.ok || !json?.previewUrl) {
        setError(json?.error ?? "The upload did not succeed. Check your connection and try again.");
        setPending(false);
        return;
      }
      router.push(json.previewUrl);
    } catch {
      setError("The upload did not succeed. Check your connection and try again.");
      setPending(false);
    }
  }

  return (
    <form method="post" action={action} encType="multipart/form-data" onSubmit={onSubmit} noValidate className="space-y-4">
      <Field
        id="import-file"
        label="CSV file"
        hint={`Up to ${formatBytes(maxBytes)}. From Excel: File → Save As → “CSV UTF-8”. From Google Sheets: File → Download → CSV.`}
        error={error}
      >
        <Input type="file" name="file" accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values" className="h-auto py-2" />
      </Field>
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? "Uploading…" : "Upload and preview"}
      </Button>
    </form>
  );
}
