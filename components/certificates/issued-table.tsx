// The event's valid certificates, each with its download and verification link, and the ZIP of all.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import { formatVerificationCode } from "@/lib/certificates/verification-code";
import { longDate } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locales";

type Row = { participantId: string; code: string; holderName: string; issuedAt: Date; email: string };

type Props = { rows: Row[]; total: number; downloadBase: string /** The event's: the issue date is the day there. */; timeZone: string };

export function IssuedTable({ rows, total, downloadBase, timeZone }: Props) {
  const t = useTranslations("certificates.issued");
  const locale = resolveLocale(useLocale());
  if (rows.length === 0) {
    return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
  }
  return (
    <div className="space-y-3">
      <Button asChild variant="secondary">
        <a href={`${downloadBase}/zip`} download>
          {t("zip", { count: total })}
        </a>
      </Button>
      <Table caption={t("caption")}>
        <TableHeader
          columns={[
            t("columns.holder"),
            t("columns.email"),
            t("columns.code"),
            t("columns.issued"),
            { label: t("columns.download"), screenReaderOnly: true },
          ]}
        />
        <TBody>
          {rows.map((r) => (
            <TR key={r.participantId}>
              <TD className="max-w-64 break-words">{r.holderName}</TD>
              <TD className="break-all">{r.email}</TD>
              <TD className="font-mono text-xs">
                <Link href={`/verify/${r.code}`} className="text-brand-600 hover:underline">
                  {formatVerificationCode(r.code)}
                </Link>
              </TD>
              <TD className="whitespace-nowrap">{longDate(locale, r.issuedAt, timeZone)}</TD>
              <TD>
                <a
                  href={`${downloadBase}/${r.participantId}`}
                  className="font-medium text-brand-600 hover:underline"
                  aria-label={t("downloadLabel", { name: r.holderName })}
                >
                  {t("download")}
                </a>
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {total > rows.length && <p className="text-sm text-zinc-600">{t("showingFirst", { shown: rows.length, total })}</p>}
    </div>
  );
}
