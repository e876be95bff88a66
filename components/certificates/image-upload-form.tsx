"use client";
// Upload of the logo or the signature: the file is sent as the request body to a route that refuses
// anything over 2 MB or not a PNG/JPEG with a clear message (also checked here first, so a 50 MB
// file is refused before it is sent).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { uploadImageFile } from "@/lib/ui/upload-image-file";

export function ImageUploadForm({ kind, label, uploadUrl }: { kind: "logo" | "signature"; label: string; uploadUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const id = `cert-${kind}-file`;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    const file = (e.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) return setError("Choose a PNG or JPEG file first.");
    const form = e.currentTarget;
    setPending(true);
    const outcome = await uploadImageFile(uploadUrl, file);
    setPending(false);
    if (outcome.ok) {
      form.reset();
      router.refresh();
    } else if (outcome.reason === "too_large") setError(`The image is ${outcome.megabytes} MB; the limit is 2 MB.`);
    else if (outcome.reason === "refused") setError(outcome.error ?? "The upload failed. Try again.");
    else setError("The upload failed: check your connection and try again.");
  }

  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {label} <span className="font-normal text-zinc-500">(PNG or JPEG, up to 2 MB)</span>
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input id={id} name="file" type="file" accept="image/png,image/jpeg" className="text-sm" />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Uploading…" : `Upload ${kind}`}
        </Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
    </form>
  );
}
