// An event's announcements: write one (to everyone or a filtered set, now or later) with a live
// preview and a test send, and the history of what was sent or scheduled, newest first.
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { AnnouncementForm } from "@/components/announcements/announcement-form";
import { AnnouncementHistory } from "@/components/announcements/announcement-history";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { announcementPlaceholders, previewAnnouncement } from "@/lib/announcements/announcement-template";
import { listAnnouncements } from "@/lib/announcements/list-announcements";
import { requireOrganizerEvent } from "@/lib/auth/require-organizer-event";
import { db } from "@/lib/db/client";
import { sampleValues } from "@/lib/email/templates/preview-email-template";
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";
import { previewAnnouncementAction, sendAnnouncementAction, sendTestAnnouncementAction } from "./actions";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await userLocale(), "messaging")("announcements.title") };
}

type Props = { params: Promise<{ eventId: string }> };

export default async function AnnouncementsPage({ params }: Props) {
  const { event } = await requireOrganizerEvent((await params).eventId);
  const history = await listAnnouncements(db(), event.id);
  const samples = sampleValues(event);
  const t = translator(await userLocale(), "messaging");
  const initialPreview = await previewAnnouncement(event, { subject: "", body: "" });

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{t("announcements.title")}</h1>
        <p className="text-sm text-zinc-700">{t("announcements.intro")}</p>
      </div>

      <Section id="compose-heading" title={t("announcements.compose")} className="space-y-4">
        {event.cancelledAt ? (
          <p className="text-sm text-zinc-700">{t("announcements.eventCancelled")}</p>
        ) : (
          <AnnouncementForm
            requestId={randomUUID()}
            timeZone={event.timeZone}
            placeholders={announcementPlaceholders.map((p) => ({
              name: p.name,
              description: t(`templates.placeholderDescriptions.${p.name}`),
              sample: samples[p.name] ?? p.sample,
            }))}
            initialPreview={initialPreview}
            sendAction={sendAnnouncementAction.bind(null, event.id)}
            testAction={sendTestAnnouncementAction.bind(null, event.id)}
            previewAction={previewAnnouncementAction.bind(null, event.id)}
          />
        )}
      </Section>

      <Section id="history-heading" title={t("announcements.history")} className="space-y-4">
        {history.length === 0 ? (
          <EmptyState title={t("announcements.emptyHistory")}>{t("announcements.emptyHistoryText")}</EmptyState>
        ) : (
          <AnnouncementHistory eventId={event.id} timeZone={event.timeZone} rows={history} />
        )}
      </Section>
    </div>
  );
}
