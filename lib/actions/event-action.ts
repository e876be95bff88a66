// The one way into an event-scoped server action: session → the event through the organizer's
// access → the input, parsed with zod → the use-case. Every refusal comes back in one shape
// ({ error, fieldErrors }), never as a thrown error. The use-case still scopes its own writes to
// the event: this check decides what the organizer is told, not what the database allows.
//
// Not a 'use server' file: the route's actions.ts declares `export const fooAction = eventAction(...)`,
// which Next.js serves like any async function it exports.
import type { z } from "zod";
import { requireOrganizer, type SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getEventForUser } from "@/lib/db/queries/events";
import { getUserLanguage } from "@/lib/db/queries/users";
import { actionIssueText } from "@/lib/i18n/action-issue-text";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { userLocale } from "@/lib/i18n/user-locale";
import type { Event } from "@/lib/db/schema";
import { fieldErrors, formToObject } from "@/lib/validation/fields";
import { keptValues, type ActionError, type FormState } from "@/lib/validation/form-state";

export const NO_EVENT = "This event does not exist or you cannot manage it.";
export const NOT_UNDERSTOOD = "The request was not understood. Reload the page and try again.";

/**
 * NO_EVENT or NOT_UNDERSTOOD in the user's dashboard language (common.actions). Inside a request the
 * user's language as every page reads it; outside one (tests, scripts) their stored choice, else English.
 */
export async function refusalText(user: Pick<SessionUser, "id">, key: "noEvent" | "notUnderstood"): Promise<string> {
  return translator(await actionLocale(user), "common")(`actions.${key}`);
}

/** The language an action answers the user in (see refusalText). */
async function actionLocale(user: Pick<SessionUser, "id">): Promise<Locale> {
  try {
    return await userLocale();
  } catch {
    const stored = await getUserLanguage(db(), user.id);
    return isLocale(stored) ? stored : "en";
  }
}

/** What every action state has: the email editor lists several messages per field, so only `error` is common. */
type Refusal = { error?: string };

export type EventActionContext<I> = {
  user: SessionUser;
  event: Event;
  input: I;
  /** What the form held (formToObject), for sending typed values back. */
  raw: Record<string, string>;
  /** Ids bound after the event id (an upload, an operation, a participant): strings, not yet checked. */
  ids: string[];
};

export type EventActionSpec<I, S extends Refusal> = {
  schema: z.ZodType<I>;
  /** What the schema parses; the form's fields by default. */
  read?: (form: FormData, raw: Record<string, string>) => unknown;
  /** The answer to input the schema refuses; by default its first issue worded by actionIssueText. */
  invalid?: (error: z.ZodError, raw: Record<string, string>) => S | Promise<S>;
  /** The answer when the event is not one this organizer may manage; by default NO_EVENT in the user's language. */
  noEvent?: (raw: Record<string, string>) => S | Promise<S>;
  run: (ctx: EventActionContext<I>) => Promise<S>;
};

/** The default refusal of bad input: its first issue, in the user's language. */
async function firstIssue<S extends Refusal>(error: z.ZodError, user: Pick<SessionUser, "id">): Promise<S> {
  return { error: actionIssueText(error.issues[0], await actionLocale(user)) } as S;
}

/** The refusal of a form with fields: one message per field and the typed values (a "_form" issue goes on top). */
export function perField(error: z.ZodError, raw: Record<string, string>, summary?: string): FormState {
  const { _form, ...rest } = fieldErrors(error);
  return { error: _form ?? summary, fieldErrors: rest, values: keptValues(raw) };
}

/**
 * The checks in order, for a user already known: the event (by id, through the user's access),
 * then the input. Exported for the tests; actions use eventAction, which finds the user first.
 */
export async function runEventAction<I, S extends Refusal>(
  spec: EventActionSpec<I, S>,
  user: SessionUser,
  eventId: unknown,
  ids: unknown[],
  form: FormData,
): Promise<S> {
  // A call that is not a form post (a crafted server-action request) is refused, never a 500.
  if (!(form instanceof FormData)) return { error: await refusalText(user, "notUnderstood") } as S;
  const raw = formToObject(form);
  const event = typeof eventId === "string" ? await getEventForUser(db(), user, eventId) : null;
  if (!event || ids.some((id) => typeof id !== "string"))
    return spec.noEvent ? spec.noEvent(raw) : ({ error: await refusalText(user, "noEvent") } as S);
  const parsed = spec.schema.safeParse(spec.read ? spec.read(form, raw) : raw);
  if (!parsed.success) return spec.invalid ? spec.invalid(parsed.error, raw) : firstIssue<S>(parsed.error, user);
  return spec.run({ user, event, input: parsed.data, raw, ids: ids as string[] });
}

/** A form action bound to an event: `action.bind(null, event.id)` → (prev, form) for useActionState. */
export function eventAction<I, S extends Refusal>(spec: EventActionSpec<I, S>) {
  return async (eventId: string, _prev: S, form: FormData): Promise<S> => runEventAction(spec, await requireOrganizer(), eventId, [], form);
}

/** The same, bound to the event and one more id (`action.bind(null, event.id, upload.id)`). */
export function eventItemAction<I, S extends Refusal>(spec: EventActionSpec<I, S>) {
  return async (eventId: string, itemId: string, _prev: S, form: FormData): Promise<S> =>
    runEventAction(spec, await requireOrganizer(), eventId, [itemId], form);
}

/** A plain `<form action>` bound to an event: nothing to show, so a refusal does nothing. */
export function eventFormAction<I>(
  spec: Omit<EventActionSpec<I, ActionError>, "run"> & { run: (ctx: EventActionContext<I>) => Promise<void> },
) {
  const asState: EventActionSpec<I, ActionError> = {
    ...spec,
    run: async (ctx) => {
      await spec.run(ctx);
      return {};
    },
  };
  return async (eventId: string, form: FormData): Promise<void> => {
    await runEventAction(asState, await requireOrganizer(), eventId, [], form);
  };
}

/** For the actions that take no form (a live preview): the session, then the event, or null. */
export async function organizerEvent(eventId: unknown): Promise<{ user: SessionUser; event: Event } | null> {
  const user = await requireOrganizer();
  const event = typeof eventId === "string" ? await getEventForUser(db(), user, eventId) : null;
  return event ? { user, event } : null;
}
