"use client";
// Create and edit an event. The same zod schema checks the form here before sending and again in
// the server action. The URL slug follows the title until the organizer edits it by hand.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { TimeZoneField } from "@/components/events/time-zone-field";
import { Button } from "@/components/ui/button";
import { CheckedForm } from "@/components/ui/checked-form";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { RUSH_PER_MINUTE } from "@/lib/altcha/challenge-mode";
import { suggestSlug } from "@/lib/events/suggest-slug";
import { zonedLocalToInstant } from "@/lib/events/time";
import { eventSchema } from "@/lib/validation/events";
import type { FormState } from "@/lib/validation/form-state";

export type EventFormValues = Record<string, string>;

// New strings (English until the message catalogue of issue 18 lands).
const pastStartWarning =
  "This start is in the past. Check the date: once an event has ended it is listed under past events and takes no registrations.";

function startIsPast(local: string, timeZone: string): boolean {
  try {
    return zonedLocalToInstant(local, timeZone) < new Date();
  } catch {
    return false; // not a complete date-time yet
  }
}

type Props = {
  mode: "create" | "edit";
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  /** The saved event as form strings (edit), or nothing (create). */
  initialValues?: EventFormValues;
  /** IANA zones, as the server knows them. */
  timeZones: string[];
  /** The dashboard's zone (DASHBOARD_TIME_ZONE): offered first after the browser's own. */
  defaultZone?: string;
  cancelHref: string;
};

export function EventForm({ mode, action, initialValues, timeZones, defaultZone, cancelHref }: Props) {
  return (
    <CheckedForm
      action={action}
      initial={{ values: initialValues }}
      schema={eventSchema}
      summary="Please correct the highlighted fields."
      className="space-y-6"
    >
      {({ errors, values, state }) => (
        <EventFields
          mode={mode}
          errors={errors}
          v={values}
          firstRender={state.version === 0}
          timeZones={timeZones}
          defaultZone={defaultZone}
          cancelHref={cancelHref}
        />
      )}
    </CheckedForm>
  );
}

type FieldsProps = Omit<Props, "action" | "initialValues"> & {
  errors: Record<string, string>;
  v: Record<string, string>;
  firstRender: boolean;
};

function EventFields({ mode, errors, v, firstRender, timeZones, defaultZone, cancelHref }: FieldsProps) {
  const t = useTranslations("events.form");
  const [title, setTitle] = useState(v.title ?? "");
  // An existing event keeps its slug (links are out there); a new one follows the title until edited.
  const [slugEdited, setSlugEdited] = useState(mode === "edit" || (v.slug !== undefined && v.slug !== suggestSlug(v.title ?? "")));
  const [slugText, setSlugText] = useState(v.slug ?? "");
  const slug = slugEdited ? slugText : suggestSlug(title);

  const [timeZone, setTimeZone] = useState(v.timeZone ?? defaultZone ?? "UTC");
  // biome-ignore lint/correctness/useExhaustiveDependencies: once after mounting, from the values the form was opened with
  useEffect(() => {
    // A new event starts in the organizer's own zone, which only the browser knows.
    if (mode === "create" && firstRender && !v.timeZone) {
      const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (browserZone) setTimeZone(browserZone);
    }
  }, []);

  const [startsAt, setStartsAt] = useState(v.startsAt ?? "");
  const startsInPast = mode === "create" && startIsPast(startsAt, timeZone);

  const registrationOpen = v.registrationOpen ?? "open";
  const approvalMode = v.approvalMode ?? "manual";
  const registrationChallenge = v.registrationChallenge ?? "off";
  const language = v.language ?? "en";
  const waitlist = v.waitlist ?? "on";

  return (
    <>
      <Field id="title" label="Title" error={errors.title}>
        <Input name="title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />
      </Field>

      <Field
        id="slug"
        label="URL slug"
        hint={`The public page will be at /e/${slug || "…"}${slugEdited ? "" : " (suggested from the title)"}`}
        error={errors.slug}
      >
        <Input
          name="slug"
          value={slug}
          onChange={(e) => {
            setSlugEdited(true);
            setSlugText(e.target.value);
          }}
          maxLength={80}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
        />
      </Field>

      <Field id="description" label="Description" optional error={errors.description}>
        <Textarea name="description" defaultValue={v.description} rows={6} maxLength={20000} />
      </Field>

      <Field id="venue" label="Venue" optional error={errors.venue}>
        <Input name="venue" defaultValue={v.venue} maxLength={300} />
      </Field>

      <div className="grid gap-6 sm:grid-cols-2">
        <Field id="startsAt" label="Starts" error={errors.startsAt}>
          <Input name="startsAt" type="datetime-local" defaultValue={v.startsAt} onChange={(e) => setStartsAt(e.target.value)} required />
        </Field>
        <Field id="endsAt" label="Ends" error={errors.endsAt}>
          <Input name="endsAt" type="datetime-local" defaultValue={v.endsAt} required />
        </Field>
      </div>

      {/* A warning, not an error: an event entered afterwards (to issue certificates) is legitimate. */}
      <p
        role="status"
        className={startsInPast ? "rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" : "sr-only"}
      >
        {startsInPast ? pastStartWarning : ""}
      </p>

      <div className="grid gap-6 sm:grid-cols-2">
        <TimeZoneField value={timeZone} onChange={setTimeZone} timeZones={timeZones} defaultZone={defaultZone} error={errors.timeZone} />
        <Field id="capacity" label="Capacity" optional hint="Leave empty for no limit." error={errors.capacity}>
          <Input name="capacity" type="number" inputMode="numeric" min={1} step={1} defaultValue={v.capacity} />
        </Field>
        <Field
          id="rsvpReminderDays"
          label="Reminder before the event (days)"
          optional
          hint="This many days before the start, approved participants who have not answered get the “will you still attend?” email, once. Leave empty to send it only by hand."
          error={errors.rsvpReminderDays}
        >
          <Input name="rsvpReminderDays" type="number" inputMode="numeric" min={1} max={90} step={1} defaultValue={v.rsvpReminderDays} />
        </Field>
      </div>

      <div className="grid gap-6 sm:grid-cols-2">
        <RadioGroup
          name="registrationOpen"
          legend="Registration"
          defaultValue={registrationOpen}
          error={errors.registrationOpen}
          options={[
            { value: "open", label: "Open", hint: "People can register on the public page." },
            { value: "closed", label: "Closed", hint: "The public page shows the event without the form." },
          ]}
        />
        <RadioGroup
          name="approvalMode"
          legend="Approval"
          defaultValue={approvalMode}
          error={errors.approvalMode}
          options={[
            { value: "automatic", label: "Automatic", hint: "Every registration is approved at once." },
            { value: "manual", label: "Manual", hint: "You approve or reject each registration." },
          ]}
        />
        <RadioGroup
          name="language"
          legend="Language"
          defaultValue={language}
          error={errors.language}
          options={[
            { value: "en", label: "English", hint: "Public pages, default emails, tickets and certificates in English." },
            { value: "el", label: "Ελληνικά (Greek)", hint: "Public pages, default emails, tickets and certificates in Greek." },
          ]}
        />
        <RadioGroup
          name="registrationChallenge"
          legend="Check against scripts"
          defaultValue={registrationChallenge}
          error={errors.registrationChallenge}
          options={[
            { value: "off", label: "Off", hint: "The form asks for no check; the usual limits per address and per event still hold." },
            {
              value: "automatic",
              // Not "Automatic": the approval setting's radio already has that label.
              label: "During a rush",
              hint: `Browsers run a short proof-of-work check; it is required only while more than ${RUSH_PER_MINUTE} registrations a minute arrive (then the form needs JavaScript).`,
            },
            { value: "always", label: "Always", hint: "Every registration needs the check, so the form needs JavaScript." },
          ]}
        />
        <RadioGroup
          name="ticketDelivery"
          legend="Tickets in emails"
          defaultValue={v.ticketDelivery ?? "attachment"}
          error={errors.ticketDelivery}
          options={[
            { value: "attachment", label: "PDF attached", hint: "The ticket email carries the ticket as a PDF, and its link." },
            {
              value: "link",
              label: "Link only",
              hint: "The ticket email carries only the ticket's private link, for mail systems that block PDF attachments.",
            },
          ]}
        />
        <RadioGroup
          name="waitlist"
          legend="Waitlist (events with a capacity)"
          defaultValue={waitlist}
          error={errors.waitlist}
          options={[
            { value: "on", label: "Waitlist on", hint: "When full, people can join the waitlist; freed seats are offered to it in order." },
            { value: "off", label: "Waitlist off", hint: "When full, the form says so and takes no one." },
          ]}
        />
        <Field
          id="waitlistOfferHours"
          label="Time to claim an offered seat (hours)"
          hint="A seat offered from the waitlist is held this long, then offered to the next person."
          error={errors.waitlistOfferHours}
        >
          <Input
            name="waitlistOfferHours"
            type="number"
            inputMode="numeric"
            min={1}
            max={336}
            step={1}
            defaultValue={v.waitlistOfferHours ?? "24"}
          />
        </Field>
      </div>

      <fieldset className="space-y-4 rounded-md border border-zinc-200 p-4">
        <legend className="px-1 text-sm font-semibold text-zinc-900">{t("organizerLegend")}</legend>
        <p className="text-sm text-zinc-600">{t("organizerHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="organizerName" label={t("organizerName")} optional error={errors.organizerName}>
            <Input name="organizerName" defaultValue={v.organizerName} maxLength={200} autoComplete="organization" />
          </Field>
          <Field id="organizerEmail" label={t("organizerEmail")} optional error={errors.organizerEmail}>
            <Input name="organizerEmail" type="email" defaultValue={v.organizerEmail} maxLength={254} autoComplete="email" />
          </Field>
          <Field id="organizerPhone" label={t("organizerPhone")} optional error={errors.organizerPhone}>
            <Input name="organizerPhone" type="tel" defaultValue={v.organizerPhone} maxLength={40} autoComplete="tel" />
          </Field>
          <Field id="organizerUrl" label={t("organizerUrl")} optional hint={t("organizerUrlHint")} error={errors.organizerUrl}>
            <Input name="organizerUrl" type="url" inputMode="url" defaultValue={v.organizerUrl} maxLength={500} placeholder="https://" />
          </Field>
        </div>
      </fieldset>

      {mode === "edit" && (
        <div className="rounded-md border border-zinc-200 bg-zinc-50 p-4">
          <label className="flex items-start gap-3 text-sm">
            <input type="checkbox" name="notifyParticipants" value="on" defaultChecked={v.notifyParticipants === "on"} className="mt-1" />
            <span>
              <span className="font-medium text-zinc-900">Notify participants</span>
              <span className="block text-zinc-600">
                When the time or the venue changes, approved participants get an email with their updated calendar entry.
              </span>
            </span>
          </label>
        </div>
      )}

      <div className="flex flex-col-reverse gap-3 border-t border-zinc-200 pt-6 sm:flex-row sm:justify-end">
        <Button asChild variant="secondary">
          <Link href={cancelHref}>Cancel</Link>
        </Button>
        <SubmitButton pendingText={mode === "create" ? "Creating…" : "Saving…"}>
          {mode === "create" ? "Create event" : "Save changes"}
        </SubmitButton>
      </div>
    </>
  );
}

type RadioGroupProps = {
  name: string;
  legend: string;
  defaultValue: string;
  error?: string;
  options: { value: string; label: string; hint: string }[];
};

function RadioGroup({ name, legend, defaultValue, error, options }: RadioGroupProps) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId} className="space-y-2">
      <legend className="mb-1.5 text-sm font-medium text-zinc-800">{legend}</legend>
      {options.map((o) => {
        const id = `${name}-${o.value}`;
        return (
          <div key={o.value} className="flex items-start gap-3">
            <input
              id={id}
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={defaultValue === o.value}
              aria-describedby={`${id}-hint`}
              aria-invalid={error ? true : undefined}
              className="mt-0.5 size-5 shrink-0 accent-brand-600"
            />
            <div>
              <label htmlFor={id} className="text-sm font-medium text-zinc-900">
                {o.label}
              </label>
              <p id={`${id}-hint`} className="text-sm text-zinc-500">
                {o.hint}
              </p>
            </div>
          </div>
        );
      })}
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
