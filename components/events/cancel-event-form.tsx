"use client";
// "Cancel event": asks first (it cannot be undone), then marks the event cancelled, closes
// registration and sends the approved participants the cancellation with METHOD:CANCEL.
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function CancelEventForm({ action }: { action: (form: FormData) => Promise<void> }) {
  const t = useTranslations("events.cancel");
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("confirm"))) e.preventDefault();
      }}
    >
      <input type="hidden" name="confirm" value="cancel" />
      <Button type="submit" variant="ghost" className="text-red-700">
        {t("button")}
      </Button>
    </form>
  );
}
