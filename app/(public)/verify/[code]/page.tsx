// Public certificate verification, opened from the QR code or the short URL on a certificate. It
// confirms the holder's name, the event, the issue date and the issuer, or says plainly that the
// code is not valid or was revoked. Nothing else about the participant is shown. The code is read
// case-insensitively, with or without dashes (a trailing slash is redirected away by Next.js).
// Written in the visitor's language (see ./layout.tsx), dates in the event's time zone.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { Card } from "@/components/ui/card";
import { verifyCertificate } from "@/lib/certificates/find-certificate";
import { db } from "@/lib/db/client";
import { longDate } from "@/lib/i18n/format";
import { visitorLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { budgetRefusal } from "@/lib/rate-limit/check-budget";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { rules } from "@/lib/rate-limit/rules";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const title = translator(await visitorLocale(), "public")("verify.metaTitle");
  return { title, referrer: "no-referrer", robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ code: string }> };

export default async function VerifyPage({ params }: Props) {
  const locale = await visitorLocale();
  const t = translator(locale, "public");
  // A page cannot answer 429 in the App Router: the refusal is the page's message instead.
  const refused = await budgetRefusal([{ rule: rules.verifyAddress, key: clientAddress(await headers()) }], locale);
  if (refused) {
    return (
      <main id="main" tabIndex={-1} className="mx-auto max-w-md px-4 py-6 sm:py-12">
        <h1 className="text-2xl font-bold tracking-tight">{t("verify.title")}</h1>
        <p role="alert" className="mt-6 text-lg font-semibold text-red-800">
          {refused.message}
        </p>
      </main>
    );
  }
  const result = await verifyCertificate(db(), (await params).code);
  const textLang = result.status !== "invalid" && result.locale !== locale ? result.locale : undefined;
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-md px-4 py-6 sm:py-12">
      <h1 className="text-2xl font-bold tracking-tight">{t("verify.title")}</h1>
      <Card className="mt-6 space-y-3 p-4 sm:p-6">
        {result.status === "invalid" ? (
          <p role="status" className="text-lg font-semibold text-red-800">
            {t("verify.invalid")}
          </p>
        ) : (
          <>
            {result.status === "valid" ? (
              <p role="status" className="text-lg font-semibold text-green-800">
                {t("verify.valid")}
              </p>
            ) : (
              <p role="status" className="text-lg font-semibold text-red-800">
                {result.revokedAt
                  ? t("verify.revokedOn", { date: longDate(locale, result.revokedAt, result.timeZone) })
                  : t("verify.revoked")}
              </p>
            )}
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="font-medium text-zinc-600">{t("verify.holder")}</dt>
              <dd className="break-words">{result.holderName}</dd>
              <dt className="font-medium text-zinc-600">{t("verify.event")}</dt>
              <dd lang={textLang} className="break-words">
                {result.eventTitle}
              </dd>
              <dt className="font-medium text-zinc-600">{t("verify.issued")}</dt>
              <dd>{longDate(locale, result.issuedAt, result.timeZone)}</dd>
              <dt className="font-medium text-zinc-600">{t("verify.issuer")}</dt>
              <dd lang={textLang} className="break-words">
                {result.issuer}
              </dd>
            </dl>
          </>
        )}
      </Card>
    </main>
  );
}
