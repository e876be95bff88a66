// Search and filters above the participants table: a GET form, so the state is in the URL (links can
// be shared, Back works, and it works without JavaScript). Sorting is kept; paging starts over.
import Form from "next/form";
import Link from "next/link";
import { participantStatusLabels } from "@/components/events/event-badges";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { participantStatuses } from "@/lib/db/schema";
import { defaultDir, participantSources, SEARCH_MAX, type ParticipantListParams } from "@/lib/validation/participant-list";

const rsvpFilterLabels = { attending: "Answered: attending", declined: "Answered: declined", none: "Not answered" } as const;
const emailFilterLabels = { undeliverable: "Undeliverable" } as const;
import { sourceLabels } from "./participant-labels";
import { canBeCondition, type Question } from "@/lib/questions/definitions";

type Props = { eventId: string; params: ParticipantListParams; filtered: boolean; questions?: Question[] };

export function ParticipantFilters({ eventId, params, filtered, questions = [] }: Props) {
  // The choice questions (removed ones too: their answers can still be found), one option each.
  const answerOptions: [string, string][] = questions
    .filter((q) => canBeCondition(q.type))
    .flatMap((q) =>
      (q.type === "yes_no"
        ? [
            { id: "yes", label: "Yes" },
            { id: "no", label: "No" },
          ]
        : (q.options ?? [])
      ).map((o): [string, string] => [`${q.id}:${o.id}`, `${q.label}: ${o.label}`]),
    );
  const action = `/events/${eventId}/participants`;
  return (
    // Keyed on the URL's state: after a client-side navigation (Clear filters, Back) the fields show
    // what the URL says, not what was typed before.
    <Form
      key={[params.q, params.status, params.source, params.rsvp, params.answer, params.email, params.sort, params.dir].join("|")}
      action={action}
      role="search"
      aria-label="Participant filters"
      className="grid grid-cols-2 gap-3 sm:grid-cols-[minmax(0,1fr)_9rem_11rem_9rem_10rem_auto] sm:items-end"
    >
      <div className="col-span-2 space-y-1.5 sm:col-span-1">
        <label htmlFor="participants-q" className="block text-sm font-medium text-zinc-800">
          Search
        </label>
        <Input
          id="participants-q"
          name="q"
          type="search"
          defaultValue={params.q ?? ""}
          maxLength={SEARCH_MAX}
          placeholder="Name, email or organisation"
        />
      </div>
      <FilterSelect
        name="status"
        label="Status"
        anyLabel="All statuses"
        value={params.status}
        options={participantStatuses.map((s) => [s, participantStatusLabels[s]])}
      />
      <FilterSelect name="rsvp" label="RSVP" anyLabel="Any answer" value={params.rsvp} options={Object.entries(rsvpFilterLabels)} />
      <FilterSelect
        name="source"
        label="Source"
        anyLabel="All sources"
        value={params.source}
        options={participantSources.map((s) => [s, sourceLabels[s]])}
      />
      {answerOptions.length > 0 && (
        <FilterSelect name="answer" label="Answer" anyLabel="Any answer" value={params.answer} options={answerOptions} />
      )}
      <FilterSelect
        name="email"
        label="Email address"
        anyLabel="Any address"
        value={params.email}
        options={[["undeliverable", emailFilterLabels.undeliverable]]}
      />
      {params.sort !== "registered" && <input type="hidden" name="sort" value={params.sort} />}
      {params.dir !== defaultDir(params.sort) && <input type="hidden" name="dir" value={params.dir} />}
      <div className="col-span-2 flex gap-2 sm:col-span-1">
        <Button type="submit">Search</Button>
        {filtered && (
          <Button asChild variant="ghost">
            <Link href={action}>Clear filters</Link>
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
