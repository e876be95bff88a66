// The design preview as a PNG (first page of the sample certificate), shown as an <img> on the
// settings page. Session + event checked, budgeted per organizer, cached by design version.
import { createHash } from "node:crypto";
import { eventForApi } from "@/lib/auth/event-for-api";
import { loadSettings } from "@/lib/certificates/load-settings";
import { renderCertificatePdf } from "@/lib/certificates/render-certificate";
import { cachedPreviewPng } from "@/lib/certificates/render-preview-png";
import { db } from "@/lib/db/client";
import { userLocale } from "@/lib/i18n/user-locale";
import { budgetRefusal, tooManyRequestsResponse } from "@/lib/rate-limit/check-budget";
import { rules } from "@/lib/rate-limit/rules";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ eventId: string }> };

export async function GET(_request: Request, { params }: Context) {
  const access = await eventForApi((await params).eventId);
  if (access instanceof Response) return access;
  const refused = await budgetRefusal([{ rule: rules.certificatePreviewUser, key: access.user.id }], await userLocale());
  if (refused) return tooManyRequestsResponse(refused);
  const loaded = await loadSettings(db(), access.event.id);
  const issuedAt = new Date();
  const e = access.event;
  const key = createHash("sha256")
    .update(JSON.stringify([loaded.settings, e.title, e.venue, e.startsAt, e.endsAt, e.timeZone, issuedAt.toISOString().slice(0, 10)]))
    .update(loaded.logo?.data ?? "")
    .update(loaded.signature?.data ?? "")
    .digest("hex");
  const { png, hit } = await cachedPreviewPng(key, () =>
    renderCertificatePdf(e, loaded, { firstName: "Μαρία", lastName: "Παπαδοπούλου" }, "0SAMP1E0000000000000000000", issuedAt),
  );
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(png.length),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "X-Preview-Cache": hit ? "hit" : "miss",
    },
  });
}
