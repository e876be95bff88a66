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
import { sourceLabels } from "./participant-labels";

type Props = { eventId: string; params: ParticipantListParams; filtered: boolean };

export function ParticipantFilters({ eventId, params, filtered }: Props) {
  const action = `/events/${eventId}/participants`;
  return (
    // Keyed on the URL's state: after a client-side navigation (Clear filters, Back) the fields show
    // what the URL says, not what was typed before.
    <Form
      key={[params.q, params.status, params.source, params.rsvp, params.sort, params.dir].join("|")}
      action={action}
      role="search"
      aria-label="Participant filters"
      className="grid grid-cols-2 gap-3 sm:grid-cols-[minmax(0,1fr)_10rem_12rem_10rem_auto] sm:items-end"
    >
      <div className="col-span-2 space-y-1.5 sm:col-span-1">
        <label htmlFor="participants-q" className="block text-sm font-medium text-zinc-800">
          Search
        </label>
        <Input id="participants-q" name="q" type="search" defaultValue={params.q ?? ""} maxLength={SEARCH_MAX} placeholder="Name, email or organisation" />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="participants-status" className="block text-sm font-medium text-zinc-800">
          Status
        </label>
        <Select id="participants-status" name="status" defaultValue={params.status ?? ""}>
          <option value="">All statuses</option>
          {participantStatuses.map((s) => (
            <option key={s} value={s}>
              {participantStatusLabels[s]}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1.5">
        <label htmlFor="participants-rsvp" className="block text-sm font-medium text-zinc-800">
          RSVP
        </label>
        <Select id="participants-rsvp" name="rsvp" defaultValue={params.rsvp ?? ""}>
          <option value="">Any answer</option>
          {(Object.keys(rsvpFilterLabels) as (keyof typeof rsvpFilterLabels)[]).map((r) => (
            <option key={r} value={r}>
              {rsvpFilterLabels[r]}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1.5">
        <label htmlFor="participants-source" className="block text-sm font-medium text-zinc-800">
          Source
        </label>
        <Select id="participants-source" name="source" defaultValue={params.source ?? ""}>
          <option value="">All sources</option>
          {participantSources.map((s) => (
            <option key={s} value={s}>
              {sourceLabels[s]}
            </option>
          ))}
        </Select>
      </div>
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
