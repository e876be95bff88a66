"use client";
// A link shown once, with a button that copies it (clipboard access needs a secure origin; the field
// stays selectable for copying by hand).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export function CopyLink({ link, label }: { link: string; label: string }) {
  const t = useTranslations("ops.staff");
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-1.5">
      <label htmlFor="invitation-link" className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <Input id="invitation-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="font-mono text-sm" />
        <Button
          type="button"
          variant="secondary"
          className="h-11 shrink-0 sm:h-10"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(link);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
    </div>
  );
}
