// The optional reason (sent in the participant's email) and, where the change can be announced,
// the "email the participant" box: the same two fields in the status-change and waitlist dialogs.
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { REJECTION_REASON_MAX } from "@/lib/validation/participant-limits";

type Props = {
  id: string;
  label: string;
  hint: string;
  /** The checkbox's label; without it, no checkbox (a rejection always emails). */
  notifyLabel?: string;
};

export function ReasonFields({ id, label, hint, notifyLabel }: Props) {
  return (
    <>
      <Field id={id} label={label} optional hint={hint}>
        <Textarea name="reason" rows={3} maxLength={REJECTION_REASON_MAX} />
      </Field>
      {notifyLabel && (
        <label className="flex items-center gap-2 text-sm text-zinc-800">
          <input type="checkbox" name="notify" value="on" className="size-4" />
          {notifyLabel}
        </label>
      )}
    </>
  );
}
