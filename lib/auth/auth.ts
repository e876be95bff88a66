// Better Auth: email + password accounts, sessions stored in PostgreSQL through the Drizzle adapter.
// Public sign-up over HTTP is switched off: the owner is created once by the setup page, and later
// accounts only by invitation.
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { count } from "drizzle-orm";
import { db } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { env } from "@/lib/env";
import { RESET_TOKEN_TTL_SECONDS, sendPasswordResetEmail } from "./password-reset-email";

function createAuth() {
  const config = env();
  return betterAuth({
    baseURL: config.APP_URL,
    secret: config.BETTER_AUTH_SECRET ?? devSecret(),
    trustedOrigins: [config.APP_URL],
    database: drizzleAdapter(db(), {
      provider: "pg",
      schema: { user: schema.user, session: schema.session, account: schema.account, verification: schema.verification },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      autoSignIn: true,
      // "Forgot password?" (app/(auth)/forgot-password): the email goes through our email layer.
      sendResetPassword: sendPasswordResetEmail,
      resetPasswordTokenExpiresIn: RESET_TOKEN_TTL_SECONDS,
      revokeSessionsOnPasswordReset: true,
    },
    // No UI renames accounts; door staff's names in the check-in history come from their invitation.
    disabledPaths: ["/sign-up/email", "/update-user"],
    // Budgets are the app's own (lib/rate-limit/, applied in app/api/auth and sign-in): one mechanism
    // in PostgreSQL that trusts forwarded addresses only from TRUSTED_PROXY.
    rateLimit: { enabled: false },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    user: { additionalFields: { role: { type: "string", input: false, defaultValue: "organizer" } } },
    databaseHooks: {
      user: {
        create: {
          // The very first account is the owner. The partial unique index on role = 'owner' settles
          // two setups racing each other.
          before: async (user) => {
            const [{ n }] = await db().select({ n: count() }).from(schema.user);
            return { data: { ...user, role: n === 0 ? "owner" : "organizer" } };
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

// Development and tests only; env() insists on BETTER_AUTH_SECRET in production.
function devSecret(): string {
  return "eventdesk-development-secret-not-for-production-use";
}

export type Auth = ReturnType<typeof createAuth>;

const holder = globalThis as typeof globalThis & { __eventdeskAuth?: Auth };

export function auth(): Auth {
  holder.__eventdeskAuth ??= createAuth();
  return holder.__eventdeskAuth;
}
