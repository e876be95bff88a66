// The page the reset email links to: choose a new password.
import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { resetPasswordAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const query = await searchParams;
  const token = typeof query.token === "string" ? query.token.slice(0, 200) : "";
  const error = typeof query.error === "string" ? query.error.slice(0, 200) : undefined;
  return (
    <Card className="p-5 sm:p-8">
      <h1 className="text-2xl font-bold tracking-tight">Choose a new password</h1>
      {error === "token" || !token ? (
        <Alert tone="error" className="mt-6">
          This link is not valid any more (it works once, for an hour).{" "}
          <a href="/forgot-password" className="underline">
            Ask for a new one
          </a>
          .
        </Alert>
      ) : (
        <form action={resetPasswordAction} className="mt-6 space-y-5">
          {error && <Alert tone="error">{error}</Alert>}
          <input type="hidden" name="token" value={token} />
          <Field id="password" label="New password">
            <Input name="password" type="password" autoComplete="new-password" minLength={10} maxLength={128} required />
          </Field>
          <Field id="confirmPassword" label="Repeat the new password">
            <Input name="confirmPassword" type="password" autoComplete="new-password" maxLength={128} required />
          </Field>
          <Button type="submit">Save the new password</Button>
        </form>
      )}
    </Card>
  );
}
