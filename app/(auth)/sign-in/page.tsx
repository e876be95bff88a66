// Sign-in. A signed-in organizer goes straight to the dashboard, door staff to their check-in list;
// with no account at all yet, setup. Nobody is signed in here: the page speaks the visitor's language
// (their earlier dashboard choice on this browser, else Accept-Language, else English).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { countUsers } from "@/lib/db/queries/users";
import { visitorLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { signInAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await visitorLocale(), "auth")("signIn.title") };
}

export default async function SignInPage() {
  const user = await getSessionUser();
  // Door staff may not use the dashboard: they belong on their check-in list.
  if (user) redirect(user.role === "door_staff" ? "/door" : "/events");
  if ((await countUsers(db())) === 0) redirect("/setup");
  const t = translator(await visitorLocale(), "auth");
  return (
    <Card className="p-5 sm:p-8">
      <h1 className="text-2xl font-bold tracking-tight">{t("signIn.title")}</h1>
      <SignInForm action={signInAction} />
      <p className="mt-4 text-sm">
        <a href="/forgot-password" className="underline">
          {t("signIn.forgot")}
        </a>
      </p>
    </Card>
  );
}
