// First visit: create the owner account. Only while there is no account at all. Before sign-in: in
// the visitor's language.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/auth/setup-form";
import { Card } from "@/components/ui/card";
import { db } from "@/lib/db/client";
import { countUsers } from "@/lib/db/queries/users";
import { visitorLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { setupOwnerAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await visitorLocale(), "auth")("setup.title") };
}

export default async function SetupPage() {
  if ((await countUsers(db())) > 0) redirect("/sign-in");
  const t = translator(await visitorLocale(), "auth");
  return (
    <Card className="p-5 sm:p-8">
      <h1 className="text-2xl font-bold tracking-tight">{t("setup.title")}</h1>
      <p className="mt-2 text-sm text-zinc-600">{t("setup.intro")}</p>
      <SetupForm action={setupOwnerAction} />
    </Card>
  );
}
