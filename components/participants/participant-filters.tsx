// Search and filters above the participants table: a GET form, so the state is in the URL (links can
// be shared, Back works, and it works without JavaScript). Sorting is kept; paging starts over.
import Form from "next/form";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { participantStatuses } from "@/lib/db/schema";
import { defaultDir, participantSources, SEARCH_MAX, type ParticipantListParams } from "@/lib/validation/participant-list";
import { canBeCondition, type Question } from "@/lib/questions/definitions";

type Props = { eventId: string; params: ParticipantListParams; filtered: boolean; questions?: Question[] };

export function ParticipantFilters({ eventId, params, filtered, questions = [] }: Props) {
  const t = useTranslations("participants.filters");
  const status = useTranslations("participants.status");
  const source = useTranslations("participants.source");
  const answerValue = useTranslations("questions.answerValue");
  // The choice questions (removed ones too: their answers can still be found), one option each.
  const answerOptions: [string, string][] = questions
    .filter((q) => canBeCondition(q.type))
    .flatMap((q) =>
      (q.type === "yes_no"
        ? [
            { id: "yes", label: answerValue("yes") },
            { id: "no", label: answerValue("no") },
          ]
        : (q.options ?? [])
      ).map((o): [string, string] => [`${q.id}:${o.id}`, t("answerOption", { question: q.label, option: o.label })]),
    );
  const action = `/events/${eventId}/participants`;
  return (
    // Keyed on the URL's state: after a client-side navigation (Clear filters, Back) the fields show
    // what the URL says, not what was typed before.
    <Form
      key={[params.q, params.status, params.source, params.rsvp, params.answer, params.email, params.sort, params.dir].join("|")}
      action={action}
      role="search"
      aria-label={t("label")}
      className="grid grid-cols-2 gap-3 sm:grid-cols-[minmax(0,1fr)_9rem_11rem_9rem_10rem_auto] sm:items-end"
    >
      <div className="col-span-2 space-y-1.5 sm:col-span-1">
        <label htmlFor="participants-q" className="block text-sm font-medium text-zinc-800">
          {t("search")}
        </label>
        <Input
          id="participants-q"
          name="q"
          type="search"
          defaultValue={params.q ?? ""}
          maxLength={SEARCH_MAX}
          placeholder={t("searchPlaceholder")}
        />
      </div>
      <FilterSelect
        name="status"
        label={t("status")}
        anyLabel={t("allStatuses")}
        value={params.status}
        options={participantStatuses.map((s) => [s, status(s)])}
      />
      <FilterSelect
        name="rsvp"
        label={t("rsvp")}
        anyLabel={t("anyAnswer")}
        value={params.rsvp}
        options={[
          ["attending", t("rsvpAttending")],
          ["declined", t("rsvpDeclined")],
          ["none", t("rsvpNone")],
        ]}
      />
      <FilterSelect
        name="source"
        label={t("source")}
        anyLabel={t("allSources")}
        value={params.source}
        options={participantSources.map((s) => [s, source(s)])}
      />
      {answerOptions.length > 0 && (
        <FilterSelect name="answer" label={t("answer")} anyLabel={t("anyAnswer")} value={params.answer} options={answerOptions} />
      )}
      <FilterSelect
        name="email"
        label={t("email")}
        anyLabel={t("anyAddress")}
        value={params.email}
        options={[["undeliverable", t("undeliverable")]]}
      />
      {params.sort !== "registered" && <input type="hidden" name="sort" value={params.sort} />}
      {params.dir !== defaultDir(params.sort) && <input type="hidden" name="dir" value={params.dir} />}
      <div className="col-span-2 flex gap-2 sm:col-span-1">
        <Button type="submit">{t("submit")}</Button>
        {filtered && (
          <Button asChild variant="ghost">
            <Link href={action}>{t("clear")}</Link>
          </Button>
        )}
      </div>
    </Form>
  );
}

/** One filter: a labelled select whose empty first option means "no filter". */
function FilterSelect({
  name,
  label,
  anyLabel,
  value,
  options,
}: {
  name: string;
  label: string;
  anyLabel: string;
  value?: string;
  options: [string, string][];
}) {
  const id = `participants-${name}`;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {label}
      </label>
      <Select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </Select>
    </div>
  );
}
