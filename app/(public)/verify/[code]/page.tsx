// Public certificate verification, opened from the QR code or the short URL on a certificate. It
// confirms the holder's name, the event, the issue date and the issuer, or says plainly that the
// code is not valid or was revoked. Nothing else about the participant is shown. The code is read
// case-insensitively, with or without dashes (a trailing slash is redirected away by Next.js).
import type { Metadata } from "next";
import { headers } from "next/headers";
import { Card } from "@/components/ui/card";
import { verifyCertificate } from "@/lib/certificates/find-certificate";
import { db } from "@/lib/db/client";
import { budgetRefusal } from "@/lib/rate-limit/check-budget";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { rules } from "@/lib/rate-limit/rules";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Verify a certificate", referrer: "no-referrer", robots: { index: false, follow: false } };

type Props = { params: Promise<{ code: string }> };

export default async function VerifyPage({ params }: Props) {
  // A page cannot answer 429 in the App Router: the refusal is the page's message instead.
  const refused = await budgetRefusal([{ rule: rules.verifyAddress, key: clientAddress(await headers()) }]);
  if (refused) {
    return (
      <main id="main" tabIndex={-1} className="mx-auto max-w-md px-4 py-6 sm:py-12">
        <h1 className="text-2xl font-bold tracking-tight">Certificate verification</h1>
        <p role="alert" className="mt-6 text-lg font-semibold text-red-800">
          {refused.message}
        </p>
      </main>
    );
  }
  const result = await verifyCertificate(db(), (await params).code);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-md px-4 py-6 sm:py-12">
      <h1 className="text-2xl font-bold tracking-tight">Certificate verification</h1>
      <Card className="mt-6 space-y-3 p-4 sm:p-6">
        {result.status === "invalid" ? (
          <p role="status" className="text-lg font-semibold text-red-800">
            This code is not valid. No certificate was issued with it.
          </p>
        ) : (
          <>
            {result.status === "valid" ? (
              <p role="status" className="text-lg font-semibold text-green-800">
                Valid certificate
              </p>
            ) : (
              <p role="status" className="text-lg font-semibold text-red-800">
                This certificate was revoked
                {result.revokedAt
                  ? ` on ${result.revokedAt.toLocaleDateString("en-GB", { dateStyle: "long", timeZone: result.timeZone })}`
                  : ""}
                . It is no longer valid.
              </p>
            )}
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="font-medium text-zinc-600">Holder</dt>
              <dd className="break-words">{result.holderName}</dd>
              <dt className="font-medium text-zinc-600">Event</dt>
              <dd className="break-words">{result.eventTitle}</dd>
              <dt className="font-medium text-zinc-600">Issued</dt>
              <dd>{result.issuedAt.toLocaleDateString("en-GB", { dateStyle: "long", timeZone: result.timeZone })}</dd>
              <dt className="font-medium text-zinc-600">Issuer</dt>
              <dd className="break-words">{result.issuer}</dd>
            </dl>
          </>
        )}
      </Card>
    </main>
  );
}
