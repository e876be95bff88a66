// The event's valid certificates, each with its download and verification link, and the ZIP of all.
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableHeader, TBody, TD, TR } from "@/components/ui/table";
import { formatVerificationCode } from "@/lib/certificates/verification-code";

type Row = { participantId: string; code: string; holderName: string; issuedAt: Date; email: string };

export function IssuedTable({ rows, total, downloadBase }: { rows: Row[]; total: number; downloadBase: string }) {
  if (rows.length === 0) {
    return <EmptyState title="No certificates yet">Check the list above, then press “Generate certificates”.</EmptyState>;
  }
  return (
    <div className="space-y-3">
      <Button asChild variant="secondary">
        <a href={`${downloadBase}/zip`} download>
          Download all as ZIP ({total.toLocaleString("en-GB")})
        </a>
      </Button>
      <Table caption="Issued certificates">
        <TableHeader columns={["Holder", "Email", "Code", "Issued", { label: "Download", screenReaderOnly: true }]} />
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
              <TD>{r.issuedAt.toISOString().slice(0, 10)}</TD>
              <TD>
                <a
                  href={`${downloadBase}/${r.participantId}`}
                  className="font-medium text-brand-600 hover:underline"
                  aria-label={`Download the certificate of ${r.holderName}`}
                >
                  Download
                </a>
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {total > rows.length && (
        <p className="text-sm text-zinc-600">
          Showing the first {rows.length.toLocaleString("en-GB")} of {total.toLocaleString("en-GB")}; the ZIP holds all of them.
        </p>
      )}
    </div>
  );
}
