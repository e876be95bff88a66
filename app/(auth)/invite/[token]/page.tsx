// The link from an invitation email: choose a password and the account is created with the role and
// events the owner chose. A wrong, withdrawn, expired or used link gets a page that says which, and
// what to do. The token stays out of Referer headers.
import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { Card } from "@/components/ui/card";
import { db } from "@/lib/db/client";
import { findInvitationByTokenHash, listEventChoices } from "@/lib/db/queries/staff";
import { hashInvitationToken, looksLikeInvitationToken } from "@/lib/staff/invitation-token";
import { staffRoleLabels } from "@/lib/validation/staff";
import { acceptInvitationAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your invitation", referrer: "no-referrer", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const invitation = looksLikeInvitationToken(token) ? await findInvitationByTokenHash(db(), hashInvitationToken(token)) : null;
  if (!invitation) {
    return (
      <Problem title="This invitation link is not valid">
        The link may be incomplete (copy all of it from the email), or the invitation was withdrawn. Ask the person who invited you for a
        new one.
      </Problem>
    );
  }
  if (invitation.state === "used") {
    return (
      <Problem title="This invitation has already been used">
        The account for {invitation.email} exists.{" "}
        <Link href="/sign-in" className="font-medium text-brand-600 underline">
          Sign in
        </Link>{" "}
        with the password chosen then.
      </Problem>
    );
  }
  if (invitation.state === "expired") {
    return (
      <Problem title="This invitation has expired">
        Invitation links work for 7 days. Ask the person who invited you to send a new one.
      </Problem>
    );
  }
  const titles = new Map((await listEventChoices(db())).map((e) => [e.id, e.title]));
  const events = invitation.eventIds.map((id) => titles.get(id)).filter(Boolean);
  return (
    <Card className="p-5 sm:p-8">
      <h1 className="text-2xl font-bold tracking-tight">Welcome, {invitation.name}</h1>
      <p className="mt-2 text-sm text-zinc-700">
        You are invited to EventDesk as <strong>{staffRoleLabels[invitation.role].toLowerCase()}</strong>
        {invitation.role === "door_staff" ? ": you will check people in at the door, from your phone." : "."}
      </p>
      <dl className="mt-4 space-y-1 text-sm">
        <div>
          <dt className="inline font-medium">Email: </dt>
          <dd className="inline break-all">{invitation.email}</dd>
        </div>
        {events.length > 0 && (
          <div>
            <dt className="inline font-medium">Events: </dt>
            <dd className="inline">{events.join(", ")}</dd>
          </div>
        )}
      </dl>
      <AcceptInvitationForm action={acceptInvitationAction.bind(null, token)} email={invitation.email} />
    </Card>
  );
}

function Problem({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card className="p-5 sm:p-8">
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3 text-zinc-700">{children}</p>
    </Card>
  );
}
