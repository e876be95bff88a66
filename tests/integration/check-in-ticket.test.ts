import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { checkInParticipant } from "@/lib/check-in/check-in-participant";
import { checkInTicket } from "@/lib/check-in/check-in-ticket";
import { undoCheckIn } from "@/lib/check-in/undo-check-in";
import { countCheckIns, listCheckInHistory, searchCheckInParticipants } from "@/lib/db/queries/check-ins";
import { checkInScans } from "@/lib/db/schema";
import { formatTicketCode } from "@/lib/tickets/ticket-code";
import { actor, createTicketHolder, scanId } from "../helpers/check-in";
import { closeConnections, createEvent, resetDb } from "../helpers/db";

beforeEach(resetDb);
afterAll(closeConnections);

const door = actor("Dora Door");
const scan = (eventId: string, scannedText: string, clientScanId = scanId(), who = door) =>
  checkInTicket(db(), { eventId, scannedText, actor: who, clientScanId });

describe("scanning a ticket", () => {
  it("admits an approved participant once and records who, when and from which device", async () => {
    const event = await createEvent();
    const ada = await createTicketHolder(event.id, { firstName: "Ada", lastName: "Lovelace" });
    const result = await scan(event.id, ada.code);
    expect(result).toMatchObject({ outcome: "admitted", participant: { id: ada.id, name: "Ada Lovelace" }, staffName: "Dora Door" });
    const [row] = await listCheckInHistory(db(), ada.id);
    expect(row).toMatchObject({
      eventId: event.id,
      staffId: door.id,
      staffName: "Dora Door",
      deviceId: door.deviceId,
      method: "scan",
      undoneAt: null,
    });
  });

  it("20 simultaneous scans of one ticket give exactly one admission and 19 'already checked in'", async () => {
    const event = await createEvent();
    const ada = await createTicketHolder(event.id);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => scan(event.id, ada.code, scanId(), actor(`Door ${i}`))));
    const outcomes = results.map((r) => r.outcome);
    expect(outcomes.filter((o) => o === "admitted")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "already")).toHaveLength(19);
    const winner = results.find((r) => r.outcome === "admitted")!;
    // Every "already" names the check-in that won, with its time and staff member.
    for (const r of results.filter((r) => r.outcome === "already")) {
      expect(r).toMatchObject({
        checkedInAt: (winner as { checkedInAt: string }).checkedInAt,
        staffName: (winner as { staffName: string }).staffName,
      });
    }
    expect(await listCheckInHistory(db(), ada.id)).toHaveLength(1);
  });

  it("a retried request with the same client scan id returns the first answer and is not counted twice", async () => {
    const event = await createEvent();
    const ada = await createTicketHolder(event.id);
    const id = scanId();
    const first = await scan(event.id, ada.code, id);
    const retry = await scan(event.id, ada.code, id);
    expect(first.outcome).toBe("admitted");
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await listCheckInHistory(db(), ada.id)).toHaveLength(1);
    // A new scan of the same ticket (a new id) is a second person at the door with that ticket.
    expect((await scan(event.id, ada.code)).outcome).toBe("already");
  });

  it("the same client scan id sent 10 times at once is one admission, and every copy says 'admitted'", async () => {
    const event = await createEvent();
    const ada = await createTicketHolder(event.id);
    const id = scanId();
    const results = await Promise.all(Array.from({ length: 10 }, () => scan(event.id, ada.code, id)));
    expect(results.map((r) => r.outcome)).toEqual(Array(10).fill("admitted"));
    expect(await listCheckInHistory(db(), ada.id)).toHaveLength(1);
    expect(await db().select().from(checkInScans)).toHaveLength(1);
  });

  it("a ticket of another event is 'wrong_event' and names no one", async () => {
    const [here, elsewhere] = [await createEvent(), await createEvent()];
    const other = await createTicketHolder(elsewhere.id);
    expect(await scan(here.id, other.code)).toEqual({ outcome: "wrong_event" });
    expect(await listCheckInHistory(db(), other.id)).toHaveLength(0);
  });

  it.each(["pending", "rejected", "cancelled"] as const)("a %s participant's ticket is 'not_approved' and not admitted", async (status) => {
    const event = await createEvent();
    const p = await createTicketHolder(event.id, { status, firstName: "Bob", lastName: "Smith" });
    expect(await scan(event.id, p.code)).toEqual({ outcome: "not_approved", participant: { id: p.id, name: "Bob Smith" }, status });
    expect(await listCheckInHistory(db(), p.id)).toHaveLength(0);
  });

  it("accepts the code in lower case, with spaces, dashes and the O/I/L look-alikes", async () => {
    const event = await createEvent();
    const holders = await Promise.all(Array.from({ length: 4 }, () => createTicketHolder(event.id)));
    const variants = [
      holders[0].code.toLowerCase(),
      `  ${formatTicketCode(holders[1].code)}\n`,
      holders[2].code.replace(/(.{4})/g, "$1 "),
      // What a person might type reading the printed code: O for 0, l for 1.
      holders[3].code.replaceAll("0", "O").replaceAll("1", "l"),
    ];
    for (const [i, text] of variants.entries()) {
      expect(await scan(event.id, text), text).toMatchObject({ outcome: "admitted", participant: { id: holders[i].id } });
    }
  });

  it("answers 'invalid' to URLs, random text, truncated or padded codes and unknown codes, without recording anything", async () => {
    const event = await createEvent();
    const ada = await createTicketHolder(event.id);
    const garbage = [
      `https://evil.example.com/t/${ada.code}`,
      `https://example.com/?code=${ada.code}`,
      "hello world",
      "",
      "   ",
      ada.code.slice(0, 25),
      `${ada.code}0`,
      "Z".repeat(26),
      "0".repeat(26),
      "<script>alert(1)</script>",
      "x".repeat(10_000),
    ];
    for (const text of garbage) expect(await scan(event.id, text), text.slice(0, 40)).toEqual({ outcome: "invalid" });
    expect(await listCheckInHistory(db(), ada.id)).toHaveLength(0);
    expect(await db().select().from(checkInScans)).toHaveLength(0);
  });
});

describe("undo, manual check-in, counters and search", () => {
  it("the stored answer of a scan is the answer sent, with the check-in's own time, and a retry after an undo admits no one", async () => {
    const event = await createEvent();
    const ada = await createTicketHolder(event.id, { firstName: "Ada", lastName: "Lovelace" });
    const id = scanId();
    const first = await scan(event.id, ada.code, id);
    const [row] = await listCheckInHistory(db(), ada.id);
    expect(first).toEqual({
      outcome: "admitted",
      participant: { id: ada.id, name: "Ada Lovelace" },
      checkedInAt: row.checkedInAt.toISOString(),
      staffName: "Dora Door",
    });
    const [stored] = await db().select({ result: checkInScans.result }).from(checkInScans);
    expect(stored.result).toEqual(first);
    const again = await scan(event.id, ada.code);
    expect(again).toEqual({ ...first, outcome: "already" });
    await undoCheckIn(db(), { eventId: event.id, participantId: ada.id, actor: actor("Olga Owner") });
    // The phone's late retry of the first scan is that scan's answer, not a second admission.
    expect(await scan(event.id, ada.code, id)).toEqual({ ...first, replayed: true });
    expect((await listCheckInHistory(db(), ada.id)).filter((c) => c.undoneAt === null)).toHaveLength(0);
  });

  it("undo keeps the history with who undid it and allows a new check-in", async () => {
    const event = await createEvent();
    const ada = await createTicketHolder(event.id);
    await scan(event.id, ada.code);
    const boss = actor("Olga Owner");
    expect(await undoCheckIn(db(), { eventId: event.id, participantId: ada.id, actor: boss })).toMatchObject({ ok: true });
    expect(await undoCheckIn(db(), { eventId: event.id, participantId: ada.id, actor: boss })).toEqual({
      ok: false,
      reason: "not_checked_in",
    });
    expect((await scan(event.id, ada.code)).outcome).toBe("admitted");
    const history = await listCheckInHistory(db(), ada.id);
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ undoneById: boss.id, undoneByName: "Olga Owner" });
    expect(history[0].undoneAt).toBeInstanceOf(Date);
    expect(history[1].undoneAt).toBeNull();
  });

  it("undo does not reach a check-in of another event", async () => {
    const [here, elsewhere] = [await createEvent(), await createEvent()];
    const other = await createTicketHolder(elsewhere.id);
    await scan(elsewhere.id, other.code);
    expect(await undoCheckIn(db(), { eventId: here.id, participantId: other.id, actor: door })).toEqual({
      ok: false,
      reason: "not_checked_in",
    });
  });

  it("manual check-in by participant id admits once, and does not find a participant of another event", async () => {
    const [event, elsewhere] = [await createEvent(), await createEvent()];
    const ada = await createTicketHolder(event.id);
    const other = await createTicketHolder(elsewhere.id);
    const first = await checkInParticipant(db(), { eventId: event.id, participantId: ada.id, actor: door, clientScanId: scanId() });
    expect(first).toMatchObject({ outcome: "admitted" });
    expect(await checkInParticipant(db(), { eventId: event.id, participantId: ada.id, actor: door, clientScanId: scanId() })).toMatchObject(
      { outcome: "already" },
    );
    expect(await checkInParticipant(db(), { eventId: event.id, participantId: other.id, actor: door, clientScanId: scanId() })).toBeNull();
    expect((await listCheckInHistory(db(), ada.id))[0].method).toBe("manual");
  });

  it("counters show active check-ins over approved participants", async () => {
    const event = await createEvent();
    const approved = await Promise.all(Array.from({ length: 3 }, () => createTicketHolder(event.id)));
    await createTicketHolder(event.id, { status: "pending" });
    expect(await countCheckIns(db(), event.id)).toEqual({ checkedIn: 0, approved: 3 });
    await scan(event.id, approved[0].code);
    await scan(event.id, approved[1].code);
    await undoCheckIn(db(), { eventId: event.id, participantId: approved[1].id, actor: door });
    expect(await countCheckIns(db(), event.id)).toEqual({ checkedIn: 1, approved: 3 });
  });

  it("search finds by name words, email or exact code, shows check-in state, and treats % literally", async () => {
    const event = await createEvent();
    const ada = await createTicketHolder(event.id, { firstName: "Ada", lastName: "Lovelace", email: "ada@engines.example" });
    const grace = await createTicketHolder(event.id, { firstName: "Grace", lastName: "Hopper", email: "grace@navy.example" });
    await scan(event.id, ada.code);
    const names = async (q: { code: string | null; text: string }) =>
      (await searchCheckInParticipants(db(), event.id, q)).map((r) => r.lastName);
    expect(await names({ code: null, text: "ada love" })).toEqual(["Lovelace"]);
    expect(await names({ code: null, text: "NAVY" })).toEqual(["Hopper"]);
    expect(await names({ code: grace.code, text: grace.code })).toEqual(["Hopper"]);
    expect(await names({ code: null, text: "%" })).toEqual([]);
    const [row] = await searchCheckInParticipants(db(), event.id, { code: null, text: "lovelace" });
    expect(row.checkedInAt).toBeInstanceOf(Date);
    expect(row.checkedInBy).toBe("Dora Door");
  });
});
