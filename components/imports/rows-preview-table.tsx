// The file's first rows exactly as read with the current settings (garbled letters mean another
// encoding; everything in one column means another separator).
import { useTranslations } from "next-intl";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { CsvRecord } from "@/lib/imports/csv-rows";
import { columnLetter } from "@/lib/imports/header-mapping";

const MAX_SHOWN_COLUMNS = 30;

export function RowsPreviewTable({ header, rows, columnCount }: { header: string[] | null; rows: CsvRecord[]; columnCount: number }) {
  const t = useTranslations("imports.rows");
  const shown = Math.min(columnCount, MAX_SHOWN_COLUMNS);
  const columns = Array.from({ length: shown }, (_, i) => i);
  return (
    <>
      <Table caption={t("caption")} className="min-w-max">
        <THead>
          <TR>
            <TH>{t("row")}</TH>
            {columns.map((c) => (
              <TH key={c} className="normal-case">
                <span className="text-zinc-500">{columnLetter(c)}</span>
                {header?.[c] ? <span className="ml-1 text-zinc-800">{header[c]}</span> : null}
              </TH>
            ))}
          </TR>
        </THead>
        <TBody>
          {rows.map((r) => (
            <TR key={r.rowNumber}>
              <TD className="text-zinc-500 tabular-nums">{r.rowNumber}</TD>
              {columns.map((c) => (
                <TD key={c} className="max-w-[16rem] truncate" title={r.cells[c] ?? ""}>
                  {r.cells[c] ?? ""}
                </TD>
              ))}
            </TR>
          ))}
        </TBody>
      </Table>
      {columnCount > shown && <p className="mt-2 text-sm text-zinc-600">{t("moreColumns", { shown, total: columnCount })}</p>}
    </>
  );
}
