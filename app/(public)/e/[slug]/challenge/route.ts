// A fresh proof-of-work challenge for one event's registration form (fetched by the ALTCHA widget,
// see lib/altcha/registration-challenge.ts). Budgeted per client address: each one costs an HMAC,
// and a script that fetches thousands still has to solve each of them.
import { createRegistrationChallenge } from "@/lib/altcha/registration-challenge";
import { requestLocale } from "@/lib/i18n/request-locale";
import { budgetRefusal, tooManyRequestsResponse } from "@/lib/rate-limit/check-budget";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { rules } from "@/lib/rate-limit/rules";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow" };

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context) {
  const refused = await budgetRefusal(
    [{ rule: rules.registrationChallengeAddress, key: clientAddress(request.headers) }],
    requestLocale(request.headers),
  );
  if (refused) return tooManyRequestsResponse(refused, headers);
  let slug: string;
  try {
    slug = decodeURIComponent((await params).slug);
  } catch {
    return new Response("Not found", { status: 404, headers });
  }
  if (slug.length > 80) return new Response("Not found", { status: 404, headers });
  return Response.json(await createRegistrationChallenge(slug), { headers });
}
