// "Forgot password?": one field; the answer is the same for every address. Before sign-in: in the
// visitor's language.
import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { visitorLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { tooManyAttemptsMessage } from "@/lib/rate-limit/rules";
import { forgotPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await visitorLocale(), "auth")("forgot.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ForgotPasswordPage({ searchParams }: Props) {
  const query = await searchParams;
  const locale = await visitorLocale();
  const t = translator(locale, "auth");
  const retry = Number(query.retry);
  return (
    <Card className="p-5 sm:p-8">
      <h1 className="text-2xl font-bold tracking-tight">{t("forgot.title")}</h1>
      {query.sent ? (
        <Alert tone="success" className="mt-6">
          {t("forgot.sent")}
        </Alert>
      ) : (
        <form action={forgotPasswordAction} className="mt-6 space-y-5">
          {Number.isFinite(retry) && retry > 0 && <Alert tone="error">{tooManyAttemptsMessage(retry * 1000, locale)}</Alert>}
          <Field id="email" label={t("forgot.email")} error={query.error === "email" ? t("validation.emailInvalid") : undefined}>
            <Input name="email" type="email" autoComplete="username" maxLength={254} required />
          </Field>
          <Button type="submit">{t("forgot.submit")}</Button>
        </form>
      )}
      <p className="mt-6 text-sm">
        <a href="/sign-in" className="underline">
          {t("forgot.back")}
        </a>
      </p>
    </Card>
  );
}
