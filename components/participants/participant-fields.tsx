// A participant's details (name, email, organisation, phone), as the public registration form and
// the organizer's "Add participant" form both ask for them, with the same limits as
// participantFields on the server. The only difference is autofill: a participant registering
// themselves gets their browser's saved details; an organizer typing someone else's does not.
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type Props = {
  errors: Record<string, string>;
  values: Record<string, string>;
  autofill: boolean;
  /** The name of the form's first field in error (it gets the focus on load). */
  focus?: string;
};

/** The fields' names, in the order the form shows them. */
export const PARTICIPANT_FIELD_NAMES = ["firstName", "lastName", "email", "organisation", "phone"] as const;

export function ParticipantFields({ errors, values: v, autofill, focus }: Props) {
  const t = useTranslations("public.form");
  const auto = (token: string) => (autofill ? token : "off");
  return (
    <>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="firstName" label={t("firstName")} error={errors.firstName} autoFocus={focus === "firstName"}>
          <Input name="firstName" autoComplete={auto("given-name")} defaultValue={v.firstName} maxLength={100} required />
        </Field>
        <Field id="lastName" label={t("lastName")} error={errors.lastName} autoFocus={focus === "lastName"}>
          <Input name="lastName" autoComplete={auto("family-name")} defaultValue={v.lastName} maxLength={100} required />
        </Field>
      </div>
      <Field id="email" label={t("email")} error={errors.email} autoFocus={focus === "email"}>
        <Input name="email" type="email" inputMode="email" autoComplete={auto("email")} defaultValue={v.email} maxLength={254} required />
      </Field>
      <Field id="organisation" label={t("organisation")} optional error={errors.organisation} autoFocus={focus === "organisation"}>
        <Input name="organisation" autoComplete={auto("organization")} defaultValue={v.organisation} maxLength={200} />
      </Field>
      <Field id="phone" label={t("phone")} optional error={errors.phone} autoFocus={focus === "phone"}>
        <Input name="phone" type="tel" inputMode="tel" autoComplete={auto("tel")} defaultValue={v.phone} maxLength={40} />
      </Field>
    </>
  );
}
