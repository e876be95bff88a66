// POST /e/<slug>/register: the registration form posted by a browser without JavaScript (the
// form's button carries this address until the page's script runs; with JavaScript the form posts
// to its server action instead). A registration is answered here with a 303 to the confirmation
// page, without rendering a page and without the server action's machinery: this is the one path
// every participant without JavaScript takes, and it is the cheapest answer Next can give. Like the
// door's API it skips the proxy (proxy.ts's matcher), whose pass costs as much routing again, and
// applies the proxy's request rules (cross-site posts refused) and HSTS itself.
//
// Anything that must show the form again (a field in error, the event closed or full, a budget or
// proof-of-work refusal) is handed to the page's server action with a 307: the browser posts the
// same body to the event page, whose action answers it exactly as it answers a post from the form
// there (the form's hidden action fields travel in the body). Reading and checking the post changes
// nothing, so a refusal found there costs nothing twice.
import { guardRequest, SERVER_ACTION_BODY_LIMIT } from "@/lib/http/guard-request";
import { appUrl, strictTransportSecurity } from "@/lib/http/strict-transport-security";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translator";
import { readLimitedBody } from "@/lib/imports/read-limited-body";
import { completeRegistration, formLocale, isRead, readRegistration, registeredPath, registrationBudget } from "../submit-registration";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

const noStore = (): Record<string, string> => ({ "Cache-Control": "no-store", ...strictTransportSecurity(appUrl()) });

/** The slug as typed (the segment arrives still %-encoded); null when it cannot be decoded. */
async function slugOf(params: Context["params"]): Promise<string | null> {
  try {
    return decodeURIComponent((await params).slug);
  } catch {
    return null;
  }
}

/** Typed or followed by hand: the event page, where the form is. */
export async function GET(_request: Request, { params }: Context) {
  const slug = await slugOf(params);
  if (slug === null) return new Response("Not found", { status: 404, headers: noStore() });
  return new Response(null, { status: 303, headers: { ...noStore(), Location: `/e/${encodeURIComponent(slug)}` } });
}

export async function POST(request: Request, { params }: Context) {
  const refusal = guardRequest(request, appUrl());
  if (refusal)
    return new Response(refusal.message, {
      status: refusal.status,
      headers: { ...noStore(), "Content-Type": "text/plain; charset=utf-8" },
    });
  const slug = await slugOf(params);
  if (slug === null) return new Response("Not found", { status: 404, headers: noStore() });
  const declared = Number(request.headers.get("content-length"));
  // Before the form is read, its language is the browser's (Accept-Language).
  const refuse = (status: 400 | 413, key: "form.tooLarge" | "form.unreadable") =>
    new Response(translator(requestLocale(request.headers), "public")(key), {
      status,
      headers: { ...noStore(), "Content-Type": "text/plain; charset=utf-8" },
    });
  if (Number.isFinite(declared) && declared > SERVER_ACTION_BODY_LIMIT) return refuse(413, "form.tooLarge");
  const body = await readLimitedBody(request.body, SERVER_ACTION_BODY_LIMIT);
  if (!body.ok) return refuse(413, "form.tooLarge");
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body.bytes), {
      headers: { "Content-Type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    return refuse(400, "form.unreadable");
  }
  // The page the form was on, in the language it was shown in (the proxy picks the same render).
  const language = form.get("language");
  const page = `/e/${encodeURIComponent(slug)}${form.get("languageChosen") === "1" && typeof language === "string" ? `?lang=${encodeURIComponent(language)}` : ""}`;
  const toForm = () => new Response(null, { status: 307, headers: { ...noStore(), Location: page } });

  const locale = formLocale(form);
  // A proof of work is needed on every post: a browser without JavaScript cannot give one, and the
  // action says so in the form.
  const read = await readRegistration(slug, form, locale);
  if (!isRead(read) || read.event.registrationChallenge === "always") return toForm();
  const budget = await registrationBudget(slug, request.headers, locale);
  if (budget.refused) return toForm();
  const state = await completeRegistration(read, budget.postsThisMinute, { resendWhenFull: false });
  if (state.status !== "registered") return toForm();
  return new Response(null, { status: 303, headers: { ...noStore(), Location: registeredPath(read.slug, state.waitlisted) } });
}
