"use client";
// The quick start on the Operations page: ask every approved participant who has not answered yet,
// after a confirmation. Other recipients are chosen in the participants table.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { RsvpSendDialog, type RsvpSendRequest } from "./rsvp-send-dialog";
import type { ActionState } from "@/lib/validation/form-state";

type Props = { count: number; action: (prev: ActionState, form: FormData) => Promise<ActionState> };

export function AskNotAnswered({ count, action }: Props) {
  const [request, setRequest] = useState<RsvpSendRequest | null>(null);
  const people = `${count.toLocaleString("en-GB")} ${count === 1 ? "participant" : "participants"}`;
  return (
    <>
      <Button
        disabled={count === 0}
        onClick={() =>
          setRequest({
            title: `Send the RSVP email to ${people}?`,
            description: (
              <p>
                Every approved participant who has not answered yet gets an email with their own link to answer “I will attend” or “I can't
                attend”.
              </p>
            ),
            confirmLabel: `Send to ${people}`,
            fields: [
              ["scope", "filter"],
              ["status", "approved"],
              ["rsvp", "none"],
            ],
          })
        }
      >
        Ask {people} who {count === 1 ? "has" : "have"} not answered
      </Button>
      <RsvpSendDialog request={request} onClose={() => setRequest(null)} action={action} />
    </>
  );
}
