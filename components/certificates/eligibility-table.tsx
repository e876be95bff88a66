// The certificate list: who is on it and why, and who the organizer removed, with add/remove.
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import type { EligibilityRow } from "@/lib/certificates/eligibility";
import { OverrideButton } from "./override-button";
import type { ActionState } from "@/lib/validation/form-state";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

function reason(r: EligibilityRow): "addedByYou" | "removedByYou" | "checkedIn" | "approved" {
  if (r.override === true && !r.byDefault) return "addedByYou";
  if (r.override === false) return "removedByYou";
  return r.checkedIn ? "checkedIn" : "approved";
}

export function EligibilityTable({ rows, action, limit }: { rows: EligibilityRow[]; action: Action; limit: number }) {
  const t = useTranslations("certificates.eligibility");
  if (rows.length === 0) {
    return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
  }
  return (
    <div className="space-y-2">
      {rows.length >= limit && <p className="text-sm text-zinc-600">{t("showingFirst", { limit })}</p>}
      <Table caption={t("caption")}>
        <TableHeader
          columns={[
            t("columns.name"),
            t("columns.email"),
            t("columns.why"),
            t("columns.certificate"),
            { label: t("columns.actions"), screenReaderOnly: true },
          ]}
        />
        <TBody>
          {rows.map((r) => {
            const name = `${r.firstName} ${r.lastName}`;
            return (
              <TR key={r.id} className={r.eligible ? undefined : "text-zinc-500"}>
                <TD className="max-w-64 break-words">{name}</TD>
                <TD className="break-all">{r.email}</TD>
                <TD>{t(reason(r))}</TD>
                <TD>{r.certificateCode ? t("issued") : "—"}</TD>
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
