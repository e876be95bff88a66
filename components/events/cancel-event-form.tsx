"use client";
// "Cancel event": asks first (it cannot be undone), then marks the event cancelled, closes
// registration and sends the approved participants the cancellation with METHOD:CANCEL.
import { Button } from "@/components/ui/button";

export function CancelEventForm({ action }: { action: (form: FormData) => Promise<void> }) {
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm("Cancel this event? Registration closes and approved participants are told, with a calendar cancellation."))
          e.preventDefault();
      }}
    >
      <input type="hidden" name="confirm" value="cancel" />
      <Button type="submit" variant="ghost" className="text-red-700">
        Cancel event
      </Button>
    </form>
  );
}
