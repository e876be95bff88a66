"use client";
// The waitlist's on/off switch on the waitlist page. Switching on is one click; switching off is
// confirmed, says what happens to the people waiting (they keep their place), and may also remove
// them (a bulk cancellation, optionally emailed, followed on its progress page).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog, type ConfirmRequest } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/validation/form-state";

type Props = {
  enabled: boolean;
  /** People waiting (not holding an offer): those "also remove" would cancel. */
  waiting: number;
  requestId: string;
  action: (prev: ActionState, form: FormData) => Promise<ActionState & { operationHref?: string }>;
};

export function WaitlistSwitch({ enabled, waiting, requestId, action }: Props) {
  const t = useTranslations("participants.waitlist");
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const [result, setResult] = useState<(ActionState & { operationHref?: string }) | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  async function submit(form: FormData) {
    const answer = await action({}, form);
    setResult(answer);
    setRequest(null);
    resultRef.current?.focus();
  }

  return (
    <div className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
      <h2 className="text-base font-semibold">{t("switch.heading")}</h2>
      <p className="text-sm text-zinc-700" data-testid="waitlist-state">
        {enabled ? t("switch.on") : t("switch.off")}
      </p>
      <div ref={resultRef} tabIndex={-1} className="outline-none">
        {result && (
          <Alert tone={result.ok ? "success" : "error"}>
            {result.ok ? result.message : result.error}
            {result.operationHref && (
              <>
                {" "}
                <Link href={result.operationHref} className="font-medium underline">
                  {t("done.progress")}
                </Link>
              </>
            )}
          </Alert>
        )}
      </div>
      {enabled ? (
        <Button
          variant="secondary"
          onClick={() =>
            setRequest({
              title: t("switch.offTitle"),
              description: <p>{t("switch.offBody")}</p>,
              confirmLabel: t("switch.offConfirm"),
              fields: [
                ["enabled", "off"],
                ["requestId", requestId],
              ],
            })
          }
        >
          {t("switch.turnOff")}
        </Button>
      ) : (
        <form action={submit}>
          <input type="hidden" name="enabled" value="on" />
          <input type="hidden" name="requestId" value={requestId} />
          <SubmitButton pendingText={t("switch.turningOn")}>{t("switch.turnOn")}</SubmitButton>
        </form>
      )}
      <ConfirmDialog
        id="waitlist-switch-title"
        request={request}
        onClose={() => setRequest(null)}
        action={submit}
        confirm={
          <SubmitButton variant="danger" pendingText={t("switch.turningOff")}>
            {t("switch.offConfirm")}
          </SubmitButton>
        }
      >
        {waiting > 0 && (
          <div className="space-y-2">
            <label className="flex items-start gap-2 text-sm text-zinc-800">
              <input type="checkbox" name="removeWaiting" value="on" className="mt-0.5 size-4" />
              {t("switch.removeWaiting", { count: waiting })}
            </label>
            <label className="flex items-center gap-2 pl-6 text-sm text-zinc-800">
              <input type="checkbox" name="notify" value="on" className="size-4" />
              {t("switch.notifyWaiting")}
            </label>
          </div>
        )}
      </ConfirmDialog>
    </div>
  );
}
