// Sign-in. A signed-in organizer goes straight to the dashboard, door staff to their check-in list;
// with no account at all yet, setup.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { countUsers } from "@/lib/db/queries/users";
import { signInAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  const user = await getSessionUser();
  // Door staff may not use the dashboard: they belong on their check-in list.
  if (user) redirect(user.role === "door_staff" ? "/door" : "/events");
  if ((await countUsers(db())) === 0) redirect("/setup");
  return (
    <Card className="p-5 sm:p-8">
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      <SignInForm action={signInAction} />
      <p className="mt-4 text-sm">
        <a href="/forgot-password" className="underline">
          Forgot password?
        </a>
      </p>
    </Card>
  );
}
