// Sending is paused for everyone (a quota, or the provider refusing our key or domain): says why, in
// Resend's words, and when sending resumes or is tried again. Messages wait queued meanwhile.
import { Alert } from "@/components/ui/alert";
import { describePause, type PauseReason } from "@/lib/email/sending-pause";

type Props = { pauses: { reason: PauseReason; message: string; resumesAt: Date }[] };

export function SendingPausedBanner({ pauses }: Props) {
  if (pauses.length === 0) return null;
  return (
    <Alert tone="warning" className="space-y-1 break-words">
      {pauses.map((p) => (
        <p key={p.reason}>
          {describePause(p)}.{" "}
          {p.reason === "configuration"
            ? "Emails stay queued; fix the Resend API key or domain, and sending resumes by itself."
            : "Emails stay queued and go out then."}
        </p>
      ))}
    </Alert>
  );
}
