"use client";
// The public registration form. The same zod schema runs here before sending and again on the
// server; errors appear next to each field and what was typed stays in the form.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { PARTICIPANT_FIELD_NAMES, ParticipantFields } from "@/components/participants/participant-fields";
import { QuestionFields } from "@/components/questions/question-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ChallengeMode } from "@/lib/altcha/challenge-mode";
import { localizedFieldErrors } from "@/lib/i18n/field-messages";
import { answerFieldErrors, answersSchema, readRawAnswers } from "@/lib/questions/answers-schema";
import { activeQuestions, answerFieldName, type Question } from "@/lib/questions/definitions";
import { registrationSchema } from "@/lib/validation/participants";
import type { RegistrationState } from "@/lib/validation/participants";
import { AltchaWidget } from "./altcha-widget";

type Props = {
  action: (prev: RegistrationState, form: FormData) => Promise<RegistrationState>;
  eventTitle: string;
  /** The page's language, and whether the visitor chose it (then it is stored on the participant). */
  language: { locale: string; chosen: boolean };
  /** The event's proof-of-work setting, and where the widget gets its challenge (when not off). */
  challenge?: { mode: ChallengeMode; url: string };
  /** Shown under the confirmation ("Add to calendar"). */
  afterRegistered?: React.ReactNode;
  /** The event's own questions, after the participant's details. */
  questions?: Question[];
  /**
   * Where the form posts while the page's script has not run (a browser without JavaScript): a
   * route that answers a registration with a redirect, and hands anything else back to `action`.
   */
  postWithoutScript?: string;
};

export function RegistrationForm({
  action,
  eventTitle,
  language,
  challenge,
  questions: opened = [],
  afterRegistered,
  postWithoutScript,
}: Props) {
  const t = useTranslations("public");
  const [state, formAction] = useActionState(action, { status: "idle" });
  // After an answer, the questions as the server checked them (the organizer may have changed them).
  const questions = state.questions ?? opened;
  // Every answer from the server may have spent the challenge: a fresh widget solves a new one.
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: counts the answers, the state is the trigger
  useEffect(() => setRound((r) => r + 1), [state]);
  const [challengeError, setChallengeError] = useState<string | null>(null);
  const widget = challenge && challenge.mode !== "off" ? challenge : null;
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  // Marks posts made with JavaScript running: they get the confirmation in place; a post without
  // it is answered with a redirect to the confirmation page (see the action).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  // Focus goes to the first field with an error, after the browser's check or the server's answer.
  const formRef = useRef<HTMLFormElement>(null);
  const [clientRound, setClientRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each answer or refused submit
  useEffect(() => {
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]:not(fieldset), fieldset[aria-invalid="true"] input');
    first?.focus();
  }, [state, clientRound]);

  if (state.status === "registered") {
    return (
      <Alert tone="success" className="text-base">
        <p className="font-semibold">{state.waitlisted ? t("form.waitlistTitle") : t("form.thanksTitle")}</p>
        <p className="mt-1">
          {t.rich(state.waitlisted ? "form.waitlistBody" : "form.thanksBody", {
            email: state.email ?? "",
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
        {afterRegistered}
      </Alert>
    );
  }

  const errors = clientErrors ?? state.fieldErrors ?? {};
  const v = state.values ?? {};
  // Without JavaScript the effect above never runs: the first field in error carries autofocus.
  const focus = [...PARTICIPANT_FIELD_NAMES, ...activeQuestions(questions).map(answerFieldName), "consent"].find((name) => errors[name]);

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="space-y-5"
      aria-label={t("form.ariaLabel", { title: eventTitle })}
      onSubmit={(e) => {
        const data = new FormData(e.currentTarget);
        const parsed = registrationSchema.safeParse(Object.fromEntries(data));
        const answers = answersSchema(questions).safeParse(readRawAnswers(data, questions));
        if (!parsed.success || !answers.success) {
          e.preventDefault();
          setClientErrors({
            ...(parsed.success ? {} : localizedFieldErrors(parsed.error, t)),
            ...(answers.success ? {} : answerFieldErrors(answers.error, (key, v) => t(key as never, v as never))),
          });
          setClientRound((r) => r + 1);
          return;
        }
        setClientErrors(null);
        // "always": a post without a solution would only come back refused.
        if (widget?.mode === "always" && !data.get("altcha")) {
          e.preventDefault();
          setChallengeError(t("form.challengePending"));
          return;
        }
        setChallengeError(null);
      }}
    >
      <input type="hidden" name="js" value={hydrated ? "1" : ""} />
      <input type="hidden" name="language" value={language.locale} />
      <input type="hidden" name="languageChosen" value={language.chosen ? "1" : ""} />
      {widget?.mode === "always" && (
        <noscript>
          <Alert tone="warning">{t("form.noscript")}</Alert>
        </noscript>
      )}
      {state.status === "error" && state.message && !clientErrors && !challengeError && <Alert tone="error">{state.message}</Alert>}
      {challengeError && <Alert tone="error">{challengeError}</Alert>}
      <ParticipantFields errors={errors} values={v} autofill focus={focus} />
      <QuestionFields questions={questions} values={state.answerValues} errors={errors} focus={focus} />
      <div className="space-y-1.5">
        <div className="flex items-start gap-3">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            defaultChecked={v.consent === "on"}
            // biome-ignore lint/a11y/noAutofocus: only the first error after the person's own submit (the page without JavaScript)
            autoFocus={focus === "consent"}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? "consent-error" : undefined}
            className="mt-1 size-5 shrink-0 rounded border-zinc-300 accent-brand-600"
          />
          <label htmlFor="consent" className="text-sm text-zinc-800">
            {t("form.consent")}
          </label>
        </div>
        {errors.consent && (
          <p id="consent-error" role="alert" className="text-sm font-medium text-red-700">
            {errors.consent}
          </p>
        )}
      </div>
      {widget && <AltchaWidget key={round} challengeUrl={widget.url} />}
      {/* Until the script runs, the button sends the form to postWithoutScript; then the action takes it. */}
      <SubmitButton formAction={hydrated ? undefined : postWithoutScript} />
    </form>
  );
}

function SubmitButton({ formAction }: { formAction?: string }) {
  const t = useTranslations("public.form");
  const { pending } = useFormStatus();
  return (
    <Button type="submit" formAction={formAction} size="lg" className="w-full sm:w-auto" disabled={pending} aria-disabled={pending}>
      {pending ? t("submitting") : t("submit")}
    </Button>
  );
}
