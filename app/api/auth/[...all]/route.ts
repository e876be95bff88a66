// Better Auth's HTTP endpoints (session, sign-in, sign-out …). auth() is created on first use, so
// building the app needs no database; public sign-up is disabled in lib/auth/auth.ts. Every call
// passes the request budgets first (lib/auth/auth-api-budget.ts).
import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";
import { withAuthApiBudget } from "@/lib/auth/auth-api-budget";

export const dynamic = "force-dynamic";

export const { GET, POST, PATCH, PUT, DELETE } = toNextJsHandler((request: Request) =>
  withAuthApiBudget(request, (r) => auth().handler(r)),
);
