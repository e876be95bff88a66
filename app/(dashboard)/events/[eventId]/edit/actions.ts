"use server";
// Removing the event's cover image (uploading one is the route /api/events/:id/cover, which takes the
// raw file). eventFormAction checks the session and the event; the cached public page is expired.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { eventFormAction } from "@/lib/actions/event-action";
import { db } from "@/lib/db/client";
import { expirePublicEventPages } from "@/lib/events/public-event-page";
import { removeCover } from "@/lib/events/save-cover";

export const removeCoverAction = eventFormAction({
  schema: z.object({}),
  run: async ({ event }) => {
    await removeCover(db(), event.id);
    expirePublicEventPages(event.slug);
    revalidatePath(`/events/${event.id}/edit`);
  },
});
