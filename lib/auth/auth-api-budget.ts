// Budgets for Better Auth's own HTTP endpoints (/api/auth/*), through the app's one rate-limit
// module (Better Auth's built-in limiter is switched off in auth.ts, so there is one mechanism and
// one idea of the client's address). Sign-in by email shares the sign-in form's budgets.
import { db } from "@/lib/db/client";
import { requestLocale } from "@/lib/i18n/request-locale";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { hitRateLimit, resetRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { rules, tooManyAttemptsMessage } from "@/lib/rate-limit/rules";
import { signInBudget } from "./sign-in-with-password";

async function emailInBody(request: Request): Promise<string> {
  const body = (await request
    .clone()
    .json()
    .catch(() => null)) as { email?: unknown } | null;
  return typeof body?.email === "string" ? body.email.slice(0, 320) : "";
}

export async function withAuthApiBudget(request: Request, handle: (request: Request) => Promise<Response>): Promise<Response> {
  const path = new URL(request.url).pathname;
  const signIn = request.method === "POST" && path.endsWith("/sign-in/email");
  const budget = signIn
    ? signInBudget(await emailInBody(request), request.headers)
    : [{ rule: rules.authApiAddress, key: clientAddress(request.headers) }];
  const allowed = await hitRateLimit(db(), budget);
  if (!allowed.ok) {
    const seconds = Math.ceil(allowed.retryAfterMs / 1000);
    return Response.json(
      { code: "TOO_MANY_REQUESTS", message: tooManyAttemptsMessage(allowed.retryAfterMs, requestLocale(request.headers)) },
      { status: 429, headers: { "Retry-After": String(seconds) } },
    );
  }
  const response = await handle(request);
  if (signIn && response.status === 200) await resetRateLimit(db(), budget[0]);
  return response;
}
