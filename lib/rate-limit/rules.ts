// Every request budget in the app, in one place. A rule allows `max` hits per fixed window; a hit
// over the budget blocks the key until the window ends, or, with `backoffMs`, for backoffMs, then
// twice as long at each further block (up to backoffMaxMs) — password guessing gets slower and slower.
// `public` budgets (participants' pages) are switched off by RATE_LIMITS=off for load tests; the
// sign-in and invitation budgets never are.
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export type RateLimitRule = {
  name: string;
  max: number;
  windowMs: number;
  backoffMs?: number;
  backoffMaxMs?: number;
  public: boolean;
};

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

function rule(r: RateLimitRule): RateLimitRule {
  return r;
}

export const rules = {
  // The certificate preview image (a PDF render plus a rasterisation): per organizer.
  certificatePreviewUser: rule({ name: "certificate-preview.user", max: 60, windowMs: MINUTE, public: false }),
  // Sign-in (the form and Better Auth's /api/auth/sign-in/email): per account and per client address.
  signInAccount: rule({ name: "sign-in.account", max: 10, windowMs: 15 * MINUTE, backoffMs: MINUTE, backoffMaxMs: HOUR, public: false }),
  signInAddress: rule({ name: "sign-in.address", max: 30, windowMs: 15 * MINUTE, backoffMs: MINUTE, backoffMaxMs: HOUR, public: false }),
  // "Forgot password?": per address and per account, so nobody's inbox can be flooded with links.
  passwordResetAddress: rule({ name: "password-reset.address", max: 10, windowMs: HOUR, public: false }),
  passwordResetAccount: rule({ name: "password-reset.account", max: 3, windowMs: HOUR, public: false }),
  // Every other /api/auth/* call (session reads are excluded: the app itself makes them).
  authApiAddress: rule({ name: "auth-api.address", max: 60, windowMs: MINUTE, public: false }),
  // Accepting an invitation (sets a password): per address and per invitation.
  inviteAddress: rule({ name: "invite.address", max: 20, windowMs: 15 * MINUTE, backoffMs: MINUTE, backoffMaxMs: HOUR, public: false }),
  inviteToken: rule({ name: "invite.token", max: 10, windowMs: 15 * MINUTE, backoffMs: MINUTE, backoffMaxMs: HOUR, public: false }),
  // Public registration: a person registers a few people at most; an event takes a burst of honest
  // registrations when it opens, but not a script's thousands.
  registrationAddress: rule({ name: "registration.address", max: 10, windowMs: 10 * MINUTE, public: true }),
  registrationEvent: rule({ name: "registration.event", max: 300, windowMs: MINUTE, public: true }),
  // New proof-of-work challenges for the registration form (one per page view that runs the widget).
  registrationChallengeAddress: rule({ name: "registration-challenge.address", max: 60, windowMs: 10 * MINUTE, public: true }),
  // Sending a registrant's confirmation again (the answer to "already registered" that does not
  // leak it). Not public: it protects the registrant's inbox, load tests or not.
  confirmationResend: rule({ name: "confirmation.resend", max: 3, windowMs: HOUR, public: false }),
  rsvpAddress: rule({ name: "rsvp.address", max: 30, windowMs: 10 * MINUTE, public: true }),
  rsvpToken: rule({ name: "rsvp.token", max: 10, windowMs: 10 * MINUTE, public: true }),
  ticketAddress: rule({ name: "ticket.address", max: 60, windowMs: 10 * MINUTE, public: true }),
  // The public page's cover image (served immutable, so a browser asks once per cover).
  coverAddress: rule({ name: "cover.address", max: 300, windowMs: 10 * MINUTE, public: true }),
  calendarAddress: rule({ name: "calendar.address", max: 60, windowMs: 10 * MINUTE, public: true }),
  verifyAddress: rule({ name: "verify.address", max: 60, windowMs: 10 * MINUTE, public: true }),
  // Check-in: a door (several phones behind one venue address, maybe sharing one account) scans a
  // few tickets a second per phone: 20/s per device, more per session and address, so rotating
  // device ids does not lift the limit far. A request without a valid session gets a small budget
  // of its own, so rotating fake session cookies does not lift it either.
  checkInAddress: rule({ name: "check-in.address", max: 5000, windowMs: 10 * SECOND, public: true }),
  checkInSession: rule({ name: "check-in.session", max: 2000, windowMs: 10 * SECOND, public: true }),
  checkInDevice: rule({ name: "check-in.device", max: 200, windowMs: 10 * SECOND, public: true }),
  checkInUnauthenticated: rule({ name: "check-in.unauthenticated", max: 20, windowMs: MINUTE, public: true }),
  // Resend's delivery webhooks: a busy send produces bursts of events from Resend's few addresses.
  // Not public: load tests keep it. Checked before the signature, so a flood of bad calls is cheap.
  resendWebhookAddress: rule({ name: "resend-webhook.address", max: 1200, windowMs: MINUTE, public: false }),
} as const;

/**
 * "Too many attempts. Try again in N minutes." in the reader's language (common.tooManyAttempts):
 * the words every refusal over a budget uses, pages, actions and 429s alike.
 */
export function tooManyAttemptsMessage(retryAfterMs: number, locale: Locale): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / MINUTE));
  return translator(locale, "common")("tooManyAttempts", { minutes });
}
