// First visit: create the owner account. Only while there is no account at all.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/auth/setup-form";
import { Card } from "@/components/ui/card";
import { db } from "@/lib/db/client";
import { countUsers } from "@/lib/db/queries/users";
import { setupOwnerAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create the owner account" };

export default async function SetupPage() {
  if ((await countUsers(db())) > 0) redirect("/sign-in");
  return (
    <Card className="p-5 sm:p-8">
      <h1 className="text-2xl font-bold tracking-tight">Create the owner account</h1>
      <p className="mt-2 text-sm text-zinc-600">
        This is the first start of EventDesk. The account you create now owns it: it sees every event and can invite other organizers later.
      </p>
      <SetupForm action={setupOwnerAction} />
    </Card>
  );
}
