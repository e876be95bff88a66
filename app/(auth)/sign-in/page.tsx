// Sign-in. A signed-in organizer goes straight to the dashboard; with no account at all yet, setup.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { countUsers } from "@/lib/db/queries/users";
import { signOutAction } from "@/app/(dashboard)/actions";
import { signInAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  const user = await getSessionUser();
  // Door staff are signed in but may not use the dashboard; sending them to /events would loop.
  if (user && user.role !== "door_staff") redirect("/events");
  if (!user && (await countUsers(db())) === 0) redirect("/setup");
  return (
    <Card className="p-5 sm:p-8">
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      {user ? (
        <div className="mt-4 space-y-4">
          <Alert tone="warning">
            You are signed in as {user.email}, a door staff account. The dashboard is for organizers.
          </Alert>
          <form action={signOutAction}>
            <SubmitButton variant="secondary" pendingText="Signing out…">
              Sign out
            </SubmitButton>
          </form>
        </div>
      ) : (
        <SignInForm action={signInAction} />
      )}
    </Card>
  );
}
