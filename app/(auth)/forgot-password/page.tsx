// "Forgot password?": one field; the answer is the same for every address.
import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { tooManyAttemptsMessage } from "@/lib/rate-limit/rules";
import { forgotPasswordAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Forgot password" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ForgotPasswordPage({ searchParams }: Props) {
  const query = await searchParams;
  const retry = Number(query.retry);
  return (
    <Card className="p-5 sm:p-8">
      <h1 className="text-2xl font-bold tracking-tight">Forgot password</h1>
      {query.sent ? (
        <Alert tone="success" className="mt-6">
          If there is an account with that address, we have emailed it a link to choose a new password. The link works for an hour.
        </Alert>
      ) : (
        <form action={forgotPasswordAction} className="mt-6 space-y-5">
          {Number.isFinite(retry) && retry > 0 && <Alert tone="error">{tooManyAttemptsMessage(retry * 1000)}</Alert>}
          <Field
            id="email"
            label="Email"
            error={query.error === "email" ? "Enter a valid email address, like name@example.com" : undefined}
          >
            <Input name="email" type="email" autoComplete="username" maxLength={254} required />
          </Field>
          <Button type="submit">Email me a link</Button>
        </form>
      )}
      <p className="mt-6 text-sm">
        <a href="/sign-in" className="underline">
          Back to sign in
        </a>
      </p>
    </Card>
  );
}
