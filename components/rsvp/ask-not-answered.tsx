"use client";
// The quick start on the Operations page: ask every approved participant who has not answered yet,
// after a confirmation. Other recipients are chosen in the participants table.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { RsvpSendDialog, type RsvpSendRequest } from "./rsvp-send-dialog";
import type { ActionState } from "@/lib/validation/form-state";

type Props = { count: number; action: (prev: ActionState, form: FormData) => Promise<ActionState> };

export function AskNotAnswered({ count, action }: Props) {
  const [request, setRequest] = useState<RsvpSendRequest | null>(null);
  const t = useTranslations("messaging.rsvp");
  return (
    <>
      <Button
        disabled={count === 0}
        onClick={() =>
          setRequest({
            title: t("askTitle", { count }),
            description: <p>{t("askDescription")}</p>,
            confirmLabel: t("askConfirm", { count }),
            fields: [
              ["scope", "filter"],
              ["status", "approved"],
              ["rsvp", "none"],
            ],
          })
        }
      >
        {t("askButton", { count })}
      </Button>
      <RsvpSendDialog request={request} onClose={() => setRequest(null)} action={action} />
    </>
  );
}
