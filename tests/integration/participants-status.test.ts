// Approve and reject: one participant, a selection, all matching a filter. Each change, its history
// row and its job are written in one transaction; participants already in the target status are left
// alone; another organizer's event is refused.
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { approveParticipants } from "@/lib/participants/approve-participants";
import { rejectParticipants } from "@/lib/participants/reject-participants";
import { closeConnections, createEvent, jobsFor, resetDb } from "../helpers/db";
import { addManyParticipants, addParticipants, createUser, historyOf, jobPayloads, statusOf } from "../helpers/participants";
import { expectSeatCountersRight } from "../helpers/seats";

beforeEach(resetDb);
afterEach(expectSeatCountersRight);
afterAll(closeConnections);

async function setup() {
  const owner = await createUser("owner");
  const event = await createEvent({ createdBy: owner.id });
  const [ada, grace, alan, kurt] = await addParticipants(event.id, [
    { firstName: "Ada", lastName: "Lovelace", status: "pending", organisation: "Engines" },
    { firstName: "Grace", lastName: "Hopper", status: "pending", source: "csv" },
    { firstName: "Alan", lastName: "Turing", status: "rejected", rejectionReason: "Late" },
    { firstName: "Kurt", lastName: "Gödel", status: "cancelled" },
  ]);
  return { owner, event, ada, grace, alan, kurt };
}

describe("approving participants", () => {
  it("approves one pending participant with a history row and one participant.approved job keyed by that row", async () => {
    const { owner, event, ada, grace } = await setup();
    const result = await approveParticipants(db(), owner, event.id, { ids: [ada.id] });
    expect(result).toEqual({ ok: true, changed: 1, skipped: 0, ineligible: 0 });

    const after = await statusOf(ada.id);
    expect(after.status).toBe("approved");
    expect(after.statusChangedAt).toBeInstanceOf(Date);
    expect((await statusOf(grace.id)).status).toBe("pending");

    const [history] = await historyOf([ada.id]);
    expect(history).toMatchObject({
      fromStatus: "pending",
      toStatus: "approved",
      reason: null,
      changedBy: owner.id,
      changedByName: owner.name,
    });
    const jobs = await jobsFor("participant.approved", ada.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].data).toEqual({ participantId: ada.id, changeId: history.id });
  });

  it("approves a rejected participant and clears the rejection reason", async () => {
    const { owner, event, alan } = await setup();
    expect(await approveParticipants(db(), owner, event.id, { ids: [alan.id] })).toMatchObject({ changed: 1 });
    const after = await statusOf(alan.id);
    expect(after).toMatchObject({ status: "approved", rejectionReason: null });
    expect(await historyOf([alan.id])).toEqual([expect.objectContaining({ fromStatus: "rejected", toStatus: "approved" })]);
  });

  it("approves a selection, leaving those already approved and the cancelled alone, with history and jobs only for the changed", async () => {
    const { owner, event, ada, grace, alan, kurt } = await setup();
    await approveParticipants(db(), owner, event.id, { ids: [grace.id] });
    const result = await approveParticipants(db(), owner, event.id, { ids: [ada.id, grace.id, alan.id, kurt.id] });
    expect(result).toEqual({ ok: true, changed: 2, skipped: 1, ineligible: 1 });

    expect((await statusOf(kurt.id)).status).toBe("cancelled");
    expect(await historyOf([grace.id])).toHaveLength(1);
    expect(await historyOf([kurt.id])).toHaveLength(0);
    expect(await jobsFor("participant.approved", grace.id)).toHaveLength(1);
    expect(await jobsFor("participant.approved", kurt.id)).toHaveLength(0);
    const payloads = await jobPayloads("participant.approved");
    expect(payloads.map((p) => p.participantId).sort()).toEqual([ada.id, grace.id, alan.id].sort());
    // Each job names its own change.
    const history = await historyOf([ada.id, grace.id, alan.id]);
    for (const p of payloads) expect(history.find((h) => h.id === p.changeId)?.participantId).toBe(p.participantId);
  });

  it("approves everyone a filter matches and no one else", async () => {
    const { owner, event, ada, grace, alan } = await setup();
    const result = await approveParticipants(db(), owner, event.id, { filter: { status: "pending", source: "csv" } });
    expect(result).toEqual({ ok: true, changed: 1, skipped: 0, ineligible: 0 });
    expect((await statusOf(grace.id)).status).toBe("approved");
    expect((await statusOf(ada.id)).status).toBe("pending");
    expect((await statusOf(alan.id)).status).toBe("rejected");

    const bySearch = await approveParticipants(db(), owner, event.id, { filter: { q: "ENGINES" } });
    expect(bySearch).toMatchObject({ changed: 1 });
    expect((await statusOf(ada.id)).status).toBe("approved");
  });

  it("approves all 20,000 pending participants of an event in one call", async () => {
    const { owner } = await setup();
    const big = await createEvent({ createdBy: owner.id });
    await addManyParticipants(big.id, 20_000);
    const result = await approveParticipants(db(), owner, big.id, { filter: { status: "pending" } });
    expect(result).toEqual({ ok: true, changed: 20_000, skipped: 0, ineligible: 0 });
    const [counts] = await db().execute<{ approved: number; history: number; jobs: number }>(sql`
      select (select count(*)::int from participants where event_id = ${big.id} and status = 'approved') as approved,
             (select count(*)::int from participant_status_history h join participants p on p.id = h.participant_id where p.event_id = ${big.id}) as history,
             (select count(*)::int from pgboss.job where name = 'participant.approved') as jobs`);
    expect(counts).toEqual({ approved: 20_000, history: 20_000, jobs: 20_000 });
  }, 120_000);

  it("makes exactly one change when two approvals of the same participant run at once", async () => {
    const { owner, event, ada } = await setup();
    const results = await Promise.all(Array.from({ length: 4 }, () => approveParticipants(db(), owner, event.id, { ids: [ada.id] })));
    const changed = results.map((r) => (r.ok ? r.changed : -1));
    expect(changed.sort()).toEqual([0, 0, 0, 1]);
    expect(results.filter((r) => r.ok && r.skipped === 1)).toHaveLength(3);
    expect(await historyOf([ada.id])).toHaveLength(1);
    expect(await jobsFor("participant.approved", ada.id)).toHaveLength(1);
  });

  it("makes one change per participant when a bulk approval and a single approval overlap", async () => {
    const { owner, event } = await setup();
    await addManyParticipants(event.id, 500);
    const [one] = await addParticipants(event.id, [{ firstName: "Overlap", lastName: "Person" }]);
    const [bulk, single] = await Promise.all([
      approveParticipants(db(), owner, event.id, { filter: { status: "pending" } }),
      approveParticipants(db(), owner, event.id, { ids: [one.id] }),
    ]);
    // Ada and Grace from setup(), the 500, and the one both requests name.
    expect(bulk.ok && single.ok && bulk.changed + single.changed).toBe(503);
    expect(await historyOf([one.id])).toHaveLength(1);
    expect(await jobsFor("participant.approved", one.id)).toHaveLength(1);
  });

  it("rolls back the status, the history and every job when enqueueing fails", async () => {
    const { owner, event, ada, grace } = await setup();
    // A real failure on the last step: the database refuses the job for Grace.
    await db().execute(
      sql.raw(`
      create function test_refuse_job() returns trigger language plpgsql as $$
      begin
        if new.data->>'participantId' = '${grace.id}' then raise exception 'job refused for the test'; end if;
        return new;
      end $$;
      create trigger test_refuse_job before insert on pgboss.job for each row execute function test_refuse_job();`),
    );
    try {
      await expect(approveParticipants(db(), owner, event.id, { ids: [ada.id, grace.id] })).rejects.toThrow();
    } finally {
      await db().execute(sql`drop trigger test_refuse_job on pgboss.job; drop function test_refuse_job();`);
    }
    expect((await statusOf(ada.id)).status).toBe("pending");
    expect((await statusOf(grace.id)).status).toBe("pending");
    expect(await historyOf([ada.id, grace.id])).toHaveLength(0);
    expect(await jobPayloads("participant.approved")).toHaveLength(0);
  });
});

describe("rejecting participants", () => {
  it("rejects with a reason that is stored on the participant and in the history, and enqueues participant.rejected", async () => {
    const { owner, event, ada } = await setup();
    const result = await rejectParticipants(db(), owner, event.id, { ids: [ada.id] }, "  The room is full <sorry>  ");
    expect(result).toEqual({ ok: true, changed: 1, skipped: 0, ineligible: 0 });
    expect(await statusOf(ada.id)).toMatchObject({ status: "rejected", rejectionReason: "The room is full <sorry>" });
    const [history] = await historyOf([ada.id]);
    expect(history).toMatchObject({ fromStatus: "pending", toStatus: "rejected", reason: "The room is full <sorry>" });
    const jobs = await jobsFor("participant.rejected", ada.id);
    expect(jobs.map((j) => j.data)).toEqual([{ participantId: ada.id, changeId: history.id }]);
  });

  it("rejects an approved participant without a reason, and leaves the already rejected alone", async () => {
    const { owner, event, ada, alan } = await setup();
    await approveParticipants(db(), owner, event.id, { ids: [ada.id] });
    const result = await rejectParticipants(db(), owner, event.id, { ids: [ada.id, alan.id] });
    expect(result).toEqual({ ok: true, changed: 1, skipped: 1, ineligible: 0 });
    expect(await statusOf(ada.id)).toMatchObject({ status: "rejected", rejectionReason: null });
    // Alan keeps his earlier reason and gets no second email.
    expect(await statusOf(alan.id)).toMatchObject({ status: "rejected", rejectionReason: "Late" });
    expect(await jobsFor("participant.rejected", alan.id)).toHaveLength(0);
    expect((await historyOf([ada.id])).map((h) => `${h.fromStatus}→${h.toStatus}`).sort()).toEqual([
      "approved→rejected",
      "pending→approved",
    ]);
  });

  it("rejects everyone matching a search, Greek included", async () => {
    const { owner, event } = await setup();
    const [eleni, nikos] = await addParticipants(event.id, [
      { firstName: "Ελένη", lastName: "Παπαδοπούλου" },
      { firstName: "Νίκος", lastName: "Γεωργίου" },
    ]);
    const result = await rejectParticipants(db(), owner, event.id, { filter: { q: "ΠΑΠΑΔΟ" } }, "Sorry");
    expect(result).toMatchObject({ changed: 1 });
    expect((await statusOf(eleni.id)).status).toBe("rejected");
    expect((await statusOf(nikos.id)).status).toBe("pending");
  });

  it("refuses a reason longer than 1000 characters and changes nothing", async () => {
    const { owner, event, ada } = await setup();
    await expect(rejectParticipants(db(), owner, event.id, { ids: [ada.id] }, "x".repeat(1001))).rejects.toThrow(RangeError);
    expect((await statusOf(ada.id)).status).toBe("pending");
  });
});

describe("who may change whom", () => {
  it("refuses an organizer who does not own the event, and changes nothing", async () => {
    const { event, ada } = await setup();
    const other = await createUser("organizer");
    expect(await approveParticipants(db(), other, event.id, { ids: [ada.id] })).toEqual({ ok: false, reason: "not_found" });
    expect(await rejectParticipants(db(), other, event.id, { filter: {} })).toEqual({ ok: false, reason: "not_found" });
    expect((await statusOf(ada.id)).status).toBe("pending");
    expect(await historyOf([ada.id])).toHaveLength(0);
  });

  it("lets an organizer manage the events they created", async () => {
    const organizer = await createUser("organizer");
    const event = await createEvent({ createdBy: organizer.id });
    const [p] = await addParticipants(event.id, [{ firstName: "Ada", lastName: "Lovelace" }]);
    expect(await approveParticipants(db(), organizer, event.id, { ids: [p.id] })).toMatchObject({ ok: true, changed: 1 });
  });

  it("ignores ids of participants in another event, even the organizer's own", async () => {
    const { owner, event, ada } = await setup();
    const otherEvent = await createEvent({ createdBy: owner.id });
    const [stranger] = await addParticipants(otherEvent.id, [{ firstName: "Eve", lastName: "Elsewhere" }]);
    const result = await approveParticipants(db(), owner, event.id, { ids: [ada.id, stranger.id, "not-a-uuid"] });
    expect(result).toEqual({ ok: true, changed: 1, skipped: 0, ineligible: 2 });
    expect((await statusOf(stranger.id)).status).toBe("pending");
    expect(await jobsFor("participant.approved", stranger.id)).toHaveLength(0);
  });
});
