// The link from an invitation email: choose a password and the account is created with the role and
// events the owner chose. A wrong, withdrawn, expired or used link gets a page that says which, and
// what to do. The token stays out of Referer headers. Before sign-in: in the visitor's language.
import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { Card } from "@/components/ui/card";
import { db } from "@/lib/db/client";
import { findInvitationByTokenHash, listEventChoices } from "@/lib/db/queries/staff";
import { visitorLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { hashInvitationToken, looksLikeInvitationToken } from "@/lib/staff/invitation-token";
import { acceptInvitationAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: translator(await visitorLocale(), "auth")("invite.title"),
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

type Props = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const t = translator(await visitorLocale(), "auth");
  const invitation = looksLikeInvitationToken(token) ? await findInvitationByTokenHash(db(), hashInvitationToken(token)) : null;
  if (!invitation) {
    return <Problem title={t("invite.invalidTitle")}>{t("invite.invalidBody")}</Problem>;
  }
  if (invitation.state === "used") {
    return (
      <Problem title={t("invite.usedTitle")}>
        {t.rich("invite.usedBody", {
          email: invitation.email,
          link: (chunks) => (
            <Link href="/sign-in" className="font-medium text-brand-600 underline">
              {chunks}
            </Link>
          ),
        })}
      </Problem>
    );
  }
  if (invitation.state === "expired") {
    return <Problem title={t("invite.expiredTitle")}>{t("invite.expiredBody")}</Problem>;
  }
  const titles = new Map((await listEventChoices(db())).map((e) => [e.id, e.title]));
  const events = invitation.eventIds.map((id) => titles.get(id)).filter(Boolean);
  return (
    <Card className="p-5 sm:p-8">
      <h1 className="text-2xl font-bold tracking-tight">{t("invite.welcome", { name: invitation.name })}</h1>
      <p className="mt-2 text-sm text-zinc-700">
        {t.rich(invitation.role === "door_staff" ? "invite.invitedAsDoorStaff" : "invite.invitedAsOrganizer", { strong })}
      </p>
      <dl className="mt-4 space-y-1 text-sm">
        <div>
          <dt className="inline font-medium">{t("invite.emailLabel")} </dt>
          <dd className="inline break-all">{invitation.email}</dd>
        </div>
        {events.length > 0 && (
          <div>
            <dt className="inline font-medium">{t("invite.eventsLabel")} </dt>
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
