// The page the reset email links to: choose a new password. Before sign-in: in the visitor's language.
import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { authIssueKeys } from "@/lib/i18n/auth-field-messages";
import { visitorLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/auth";
import { resetPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await visitorLocale(), "auth")("reset.title"), referrer: "no-referrer" };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const query = await searchParams;
  const t = translator(await visitorLocale(), "auth");
  const token = typeof query.token === "string" ? query.token.slice(0, 200) : "";
  const error = typeof query.error === "string" ? query.error.slice(0, 200) : undefined;
  // Only the action's own keys are shown; anything else typed into the address reads as "check this field".
  const fieldError = error && error !== "token" ? ((authIssueKeys as readonly string[]).includes(error) ? error : "invalid") : null;
  return (
    <Card className="p-5 sm:p-8">
      <h1 className="text-2xl font-bold tracking-tight">{t("reset.title")}</h1>
      {error === "token" || !token ? (
        <Alert tone="error" className="mt-6">
          {t.rich("reset.invalidLink", {
            link: (chunks) => (
              <a href="/forgot-password" className="underline">
                {chunks}
              </a>
            ),
          })}
        </Alert>
      ) : (
        <form action={resetPasswordAction} className="mt-6 space-y-5">
          {fieldError && (
            <Alert tone="error">{t(`validation.${fieldError}` as never, { min: PASSWORD_MIN, max: PASSWORD_MAX } as never)}</Alert>
          )}
          <input type="hidden" name="token" value={token} />
          <Field id="password" label={t("reset.password")}>
            <Input name="password" type="password" autoComplete="new-password" minLength={PASSWORD_MIN} maxLength={128} required />
          </Field>
          <Field id="confirmPassword" label={t("reset.confirmPassword")}>
            <Input name="confirmPassword" type="password" autoComplete="new-password" maxLength={128} required />
          </Field>
          <Button type="submit">{t("reset.submit")}</Button>
        </form>
      )}
    </Card>
  );
}
