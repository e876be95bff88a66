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
import { localizedEventErrors } from "@/lib/i18n/event-form-messages";
import { eventSchema } from "@/lib/validation/events";
import type { FormState } from "@/lib/validation/form-state";

export type EventFormValues = Record<string, string>;

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
  const t = useTranslations("events");
  return (
    <CheckedForm
      action={action}
      initial={{ values: initialValues }}
      schema={eventSchema}
      issues={(error) => localizedEventErrors(error, (key, values) => t(key as never, values as never))}
      summary={t("form.summary")}
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
      <Field id="title" label={t("labels.title")} error={errors.title}>
        <Input name="title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />
      </Field>

      <Field
        id="slug"
        label={t("labels.slug")}
        hint={t(slugEdited ? "slugHint" : "slugHintSuggested", { path: `/e/${slug || "…"}` })}
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

      <Field id="description" label={t("labels.description")} optional error={errors.description}>
        <Textarea name="description" defaultValue={v.description} rows={6} maxLength={20000} />
      </Field>

      <Field id="venue" label={t("labels.venue")} optional error={errors.venue}>
        <Input name="venue" defaultValue={v.venue} maxLength={300} />
      </Field>

      <div className="grid gap-6 sm:grid-cols-2">
        <Field id="startsAt" label={t("labels.startsAt")} error={errors.startsAt}>
          <Input name="startsAt" type="datetime-local" defaultValue={v.startsAt} onChange={(e) => setStartsAt(e.target.value)} required />
        </Field>
        <Field id="endsAt" label={t("labels.endsAt")} error={errors.endsAt}>
          <Input name="endsAt" type="datetime-local" defaultValue={v.endsAt} required />
        </Field>
      </div>

      {/* A warning, not an error: an event entered afterwards (to issue certificates) is legitimate. */}
      <p
        role="status"
        className={startsInPast ? "rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" : "sr-only"}
      >
        {startsInPast ? t("pastStart") : ""}
      </p>

      <div className="grid gap-6 sm:grid-cols-2">
        <TimeZoneField value={timeZone} onChange={setTimeZone} timeZones={timeZones} defaultZone={defaultZone} error={errors.timeZone} />
        <Field id="capacity" label={t("labels.capacity")} optional hint={t("capacityHint")} error={errors.capacity}>
          <Input name="capacity" type="number" inputMode="numeric" min={1} step={1} defaultValue={v.capacity} />
        </Field>
        <Field id="rsvpReminderDays" label={t("labels.rsvpReminderDays")} optional hint={t("reminderHint")} error={errors.rsvpReminderDays}>
          <Input name="rsvpReminderDays" type="number" inputMode="numeric" min={1} max={90} step={1} defaultValue={v.rsvpReminderDays} />
        </Field>
      </div>

      <div className="grid gap-6 sm:grid-cols-2">
        <RadioGroup
          name="registrationOpen"
          legend={t("registration.legend")}
          defaultValue={registrationOpen}
          error={errors.registrationOpen}
          options={[
            { value: "open", label: t("registration.open"), hint: t("registration.openHint") },
            { value: "closed", label: t("registration.closed"), hint: t("registration.closedHint") },
          ]}
        />
        <RadioGroup
          name="approvalMode"
          legend={t("approval.legend")}
          defaultValue={approvalMode}
          error={errors.approvalMode}
          options={[
            { value: "automatic", label: t("approval.automatic"), hint: t("approval.automaticHint") },
            { value: "manual", label: t("approval.manual"), hint: t("approval.manualHint") },
          ]}
        />
        <RadioGroup
          name="language"
          legend={t("language.legend")}
          defaultValue={language}
          error={errors.language}
          options={[
            { value: "en", label: t("language.en"), hint: t("language.enHint") },
            { value: "el", label: t("language.el"), hint: t("language.elHint") },
          ]}
        />
        <RadioGroup
          name="registrationChallenge"
          legend={t("challenge.legend")}
          defaultValue={registrationChallenge}
          error={errors.registrationChallenge}
          options={[
            { value: "off", label: t("challenge.off"), hint: t("challenge.offHint") },
            {
              value: "automatic",
              // Not "Automatic": the approval setting's radio already has that label.
              label: t("challenge.rush"),
              hint: t("challenge.rushHint", { perMinute: RUSH_PER_MINUTE }),
            },
            { value: "always", label: t("challenge.always"), hint: t("challenge.alwaysHint") },
          ]}
        />
        <RadioGroup
          name="ticketDelivery"
          legend={t("tickets.legend")}
          defaultValue={v.ticketDelivery ?? "attachment"}
          error={errors.ticketDelivery}
          options={[
            { value: "attachment", label: t("tickets.attachment"), hint: t("tickets.attachmentHint") },
            { value: "link", label: t("tickets.link"), hint: t("tickets.linkHint") },
          ]}
        />
        <RadioGroup
          name="waitlist"
          legend={t("waitlist.legend")}
          defaultValue={waitlist}
          error={errors.waitlist}
          options={[
            { value: "on", label: t("waitlist.on"), hint: t("waitlist.onHint") },
            { value: "off", label: t("waitlist.off"), hint: t("waitlist.offHint") },
          ]}
        />
        <Field id="waitlistOfferHours" label={t("labels.waitlistOfferHours")} hint={t("offerHoursHint")} error={errors.waitlistOfferHours}>
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
            <Input
              name="organizerUrl"
              type="url"
              inputMode="url"
              defaultValue={v.organizerUrl}
              maxLength={500}
              placeholder={t("urlPlaceholder")}
            />
          </Field>
        </div>
      </fieldset>

      {mode === "edit" && (
        <div className="rounded-md border border-zinc-200 bg-zinc-50 p-4">
          <label className="flex items-start gap-3 text-sm">
            <input type="checkbox" name="notifyParticipants" value="on" defaultChecked={v.notifyParticipants === "on"} className="mt-1" />
            <span>
              <span className="font-medium text-zinc-900">{t("notify")}</span>
              <span className="block text-zinc-600">{t("notifyHint")}</span>
            </span>
          </label>
        </div>
      )}

      <div className="flex flex-col-reverse gap-3 border-t border-zinc-200 pt-6 sm:flex-row sm:justify-end">
        <Button asChild variant="secondary">
          <Link href={cancelHref}>{t("cancel")}</Link>
        </Button>
        <SubmitButton pendingText={t(mode === "create" ? "creating" : "saving")}>{t(mode === "create" ? "create" : "save")}</SubmitButton>
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
