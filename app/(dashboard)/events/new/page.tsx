import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { Card } from "@/components/ui/card";
import { requireOrganizer } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { listTimeZones } from "@/lib/events/time-zones";
import { createEventAction } from "../actions";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("create.title") };
}

export default async function NewEventPage() {
  await requireOrganizer();
  const t = await getTranslations("events");
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">{t("create.title")}</h1>
      <p className="mt-1 text-sm text-zinc-600">{t("create.intro")}</p>
      <Card className="mt-6 p-4 sm:p-6">
        <EventForm
          mode="create"
          action={createEventAction}
          timeZones={listTimeZones()}
          defaultZone={env().DASHBOARD_TIME_ZONE}
          cancelHref="/events"
        />
      </Card>
    </div>
  );
}
