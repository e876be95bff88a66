// The certificate list: who is on it and why, and who the organizer removed, with add/remove.
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import type { EligibilityRow } from "@/lib/certificates/eligibility";
import { OverrideButton } from "./override-button";
import type { ActionState } from "@/lib/validation/form-state";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

function reason(r: EligibilityRow): string {
  if (r.override === true && !r.byDefault) return "Added by you";
  if (r.override === false) return "Removed by you";
  return r.checkedIn ? "Checked in" : "Approved, did not decline";
}

export function EligibilityTable({ rows, action, limit }: { rows: EligibilityRow[]; action: Action; limit: number }) {
  if (rows.length === 0) {
    return (
      <EmptyState title="Nobody is on the list yet">
        Check participants in at the door, approve registrations, or add someone by email above.
      </EmptyState>
    );
  }
  return (
    <div className="space-y-2">
      {rows.length >= limit && (
        <p className="text-sm text-zinc-600">Showing the first {limit.toLocaleString("en-GB")}; add others by email above.</p>
      )}
      <Table caption="Participants on the certificate list">
        <TableHeader columns={["Name", "Email", "Why", "Certificate", { label: "Actions", screenReaderOnly: true }]} />
        <TBody>
          {rows.map((r) => {
            const name = `${r.firstName} ${r.lastName}`;
            return (
              <TR key={r.id} className={r.eligible ? undefined : "text-zinc-500"}>
                <TD className="max-w-64 break-words">{name}</TD>
                <TD className="break-all">{r.email}</TD>
                <TD>{reason(r)}</TD>
                <TD>{r.certificateCode ? "Issued" : "—"}</TD>
                <TD>
                  <OverrideButton action={action} participantId={r.id} include={!r.eligible} name={name} />
                </TD>
              </TR>
            );
          })}
        </TBody>
      </Table>
    </div>
  );
}
