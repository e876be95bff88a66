// Search that ignores accents and case (lib/db/search-text.ts): the SQL normaliser and its JS twin
// agree, and the participants list, the door's search and the outbox find "Ελένη" by "ελενη" or "ΕΛΕΝΗ".
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as searchRoute from "@/app/api/events/[eventId]/check-in/search/route";
import { db } from "@/lib/db/client";
import { searchCheckInParticipants } from "@/lib/db/queries/check-ins";
import type { Viewer } from "@/lib/db/queries/events";
import { listMessagesForUser } from "@/lib/db/queries/messages";
import { listParticipants } from "@/lib/db/queries/participants";
import { participants } from "@/lib/db/schema";
import { createMessage } from "@/lib/email/create-message";
import { normalizeSearchText, SEARCH_NORMALIZE_SQL } from "@/lib/db/search-text";
import { createTicketHolder, giveEvent, signedInAccount } from "../helpers/check-in";
import { closeConnections, createEvent, resetDb, uniqueSuffix } from "../helpers/db";
import { addManyParticipants, addParticipants, createUser } from "../helpers/participants";

beforeEach(resetDb);
afterAll(closeConnections);

const SAMPLES = [
  "Ελένη Παπαδοπούλου",
  "ΕΛΈΝΗ ΠΑΠΑΔΟΠΟΎΛΟΥ",
  "ελενη",
  "Ευδοκία Αϊδίνη",
  "ΪΩΑΝΝΑ Ϋ ϊ ϋ ΐ ΰ",
  "Γιώργος ΓΙΏΡΓΟΣ γιωργοσ Σοφία ΟΔΟΣ",
  "José García Núñez Ångström Çelik Łukasz Øre Straße Æsir Œuvre Þór Đorđe Ħal Ðan",
  "İstanbul ılık",
  "Ελε\u0301νη (decomposed)",
  "Ἀθηνᾶ ᾠδή Ῥόδος",
  "mixed: Μαρία-José 100% Logic_Lab \\ ' \"",
  "Привет Ёлка",
  "emoji 🎉 and 漢字",
  "",
];

async function sqlNormalize(text: string): Promise<string> {
  const [row] = await db().execute<{ n: string }>(sql`select search_normalize(${text}) as n`);
  return row.n;
}

async function seedPeople(eventId: string) {
  return addParticipants(eventId, [
    { firstName: "Ελένη", lastName: "Παπαδοπούλου", email: "eleni.p@example.gr", organisation: "Πανεπιστήμιο Αθηνών" },
    { firstName: "Eleni", lastName: "Smith", email: "e.smith@example.com" },
    { firstName: "Ευδοκία", lastName: "Αϊδίνη", email: "evdokia@example.gr", organisation: "ΪΔΡΥΜΑ Προϊόντων" },
    { firstName: "Γιώργος", lastName: "Νικολάου", email: "giorgos@example.gr" },
    { firstName: "José", lastName: "García", email: "jose@example.es", organisation: "Universitat Politècnica" },
    { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com" },
  ]);
}

const listNames = async (eventId: string, q: string) =>
  (await listParticipants(db(), eventId, { q, sort: "name", dir: "asc", page: 1 })).rows.map((r) => r.firstName);
const doorNames = async (eventId: string, text: string) =>
  (await searchCheckInParticipants(db(), eventId, { code: null, text })).map((r) => r.firstName);

describe("the search normaliser", () => {
  it("gives the same text in PostgreSQL and in JS, for Greek, Latin and everything else", async () => {
    for (const s of SAMPLES) expect(normalizeSearchText(s), JSON.stringify(s)).toBe(await sqlNormalize(s));
    expect(normalizeSearchText("ΕΛΈΝΗ")).toBe("ελενη");
    expect(normalizeSearchText("ΟΔΟΣ Γιώργος")).toBe("οδοσ γιωργοσ");
    expect(normalizeSearchText("Ϊ ϊ ΐ Ϋ ΰ")).toBe("ι ι ι υ υ");
    expect(normalizeSearchText("José ÇELIK Straße Łódź")).toBe("jose celik strasse lodz");
  });

  it("is the function migration 0014 creates", () => {
    const migration = readFileSync(path.join(process.cwd(), "drizzle", "0014_search_text.sql"), "utf8");
    expect(migration).toContain(`RETURN ${SEARCH_NORMALIZE_SQL};`);
  });

  it("keeps each row's search text right through inserts and updates, by the database itself", async () => {
    const event = await createEvent();
    const [p] = await addParticipants(event.id, [{ firstName: "Ελένη", lastName: "Παπαδοπούλου", email: "E@X.gr" }]);
    expect(p.searchText).toBe("ελενη παπαδοπουλου e@x.gr ");
    await db().execute(sql`update participants set organisation = 'Δήμος Αθηναίων' where id = ${p.id}`);
    const [row] = await db().execute<{ search_text: string }>(sql`select search_text from participants where id = ${p.id}`);
    expect(row.search_text).toBe("ελενη παπαδοπουλου e@x.gr δημοσ αθηναιων");
  });
});

describe("searching participants without accents or case", () => {
  it("the participants list finds the same people by ελενη, ΕΛΕΝΗ and Ελένη", async () => {
    const event = await createEvent();
    const other = await createEvent();
    await seedPeople(event.id);
    await seedPeople(other.id);
    for (const q of ["ελενη", "ΕΛΕΝΗ", "Ελένη", "ΕΛΈΝΗ", "Ελενη"]) expect(await listNames(event.id, q), q).toEqual(["Ελένη"]);
    for (const q of ["παπαδοπουλου ελενη", "ΠΑΠΑΔΟΠΟΎΛΟΥ", "αθηνων"]) expect(await listNames(event.id, q), q).toEqual(["Ελένη"]);
    // Final sigma, diaeresis with and without tonos.
    for (const q of ["γιωργοσ", "ΓΙΩΡΓΟΣ", "γιώργος", "Γιωργος"]) expect(await listNames(event.id, q), q).toEqual(["Γιώργος"]);
    for (const q of ["ευδοκια", "ΕΥΔΟΚΊΑ", "αιδινη", "ΑΪΔΊΝΗ", "ιδρυμα", "Ϊδρυμα", "προιοντων", "προΐόντων"])
      expect(await listNames(event.id, q), q).toEqual(["Ευδοκία"]);
    // Latin accents both ways.
    for (const q of ["jose", "JOSÉ", "josé garcia", "politecnica"]) expect(await listNames(event.id, q), q).toEqual(["José"]);
    // "eleni" is Latin: the Latin Eleni, and the Greek Ελένη only through her email address.
    expect((await listNames(event.id, "eleni")).sort()).toEqual(["Eleni", "Ελένη"].sort());
    expect(await listNames(event.id, "eleni smith")).toEqual(["Eleni"]);
  });

  it("the door's manual search finds them the same way, every word anywhere", async () => {
    const event = await createEvent();
    await seedPeople(event.id);
    for (const q of ["ελενη", "ΕΛΕΝΗ", "Ελένη", "παπαδοπουλου ΕΛΈΝΗ"]) expect(await doorNames(event.id, q), q).toEqual(["Ελένη"]);
    for (const q of ["γιωργοσ", "ΓΙΏΡΓΟΣ"]) expect(await doorNames(event.id, q), q).toEqual(["Γιώργος"]);
    for (const q of ["αιδινη ευδοκια", "ΪΔΡΥΜΑ"]) expect(await doorNames(event.id, q), q).toEqual(["Ευδοκία"]);
    for (const q of ["JOSE", "garcía"]) expect(await doorNames(event.id, q), q).toEqual(["José"]);
    expect(await doorNames(event.id, "ελενη smith")).toEqual([]);
  });

  it("the door's search route answers an unaccented, upper-case query with the Greek name", async () => {
    const event = await createEvent();
    const door = await signedInAccount("door_staff");
    await giveEvent(door.id, event.id);
    const eleni = await createTicketHolder(event.id, { firstName: "Ελένη", lastName: "Παπαδοπούλου" });
    await createTicketHolder(event.id, { firstName: "Eleni", lastName: "Smith" });
    for (const q of ["ΕΛΕΝΗ ΠΑΠΑΔΟΠΟΥΛΟΥ", "ελενη", "Παπαδοπουλου"]) {
      const res = await searchRoute.GET(
        new Request(`http://localhost:3000/s?q=${encodeURIComponent(q)}`, {
          headers: { cookie: door.cookie, "x-device-id": "device-0001" },
        }),
        { params: Promise.resolve({ eventId: event.id }) },
      );
      expect(res.status).toBe(200);
      expect(
        (await res.json()).participants.map((p: { id: string }) => p.id),
        q,
      ).toEqual([eleni.id]);
    }
  });

  it("treats % _ and \\ as characters after normalising", async () => {
    const event = await createEvent();
    await addParticipants(event.id, [{ firstName: "Κώστας", lastName: "Ρήγας", email: "k@example.gr", organisation: "100% Λογική_Lab" }]);
    expect(await listNames(event.id, "100%")).toEqual(["Κώστας"]);
    expect(await listNames(event.id, "λογικη_lab")).toEqual(["Κώστας"]);
    expect(await listNames(event.id, "λογικη%lab")).toEqual([]);
    expect(await doorNames(event.id, "_")).toEqual(["Κώστας"]);
    expect(await doorNames(event.id, "\\")).toEqual([]);
  });

  it("a search of three or more letters can use the trigram index on the search text", async () => {
    const event = await createEvent();
    await addManyParticipants(event.id, 500);
    await seedPeople(event.id);
    await db().execute(sql`analyze participants`);
    const plan = await db().transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const rows = await tx.execute<{ "QUERY PLAN": string }>(
        sql`explain select id from ${participants} where search_text like ${`%${normalizeSearchText("Παπαδοπούλου")}%`}`,
      );
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("participants_search_text_trgm_idx");
  });
});

describe("searching the outbox without accents or case", () => {
  it("finds emails by recipient or subject, within what the organizer may see", async () => {
    const owner = await createUser("owner");
    const organizer = await createUser("organizer");
    const mine = await createEvent({ createdBy: organizer.id });
    const notMine = await createEvent();
    const run = uniqueSuffix();
    const add = (eventId: string, to: string, subject: string, i: number) =>
      createMessage(db(), {
        key: `t:${run}:${i}`,
        kind: "approved",
        eventId,
        participantId: null,
        to,
        subject,
        html: "<p>x</p>",
        text: "x",
      });
    await add(mine.id, "eleni@example.gr", "Εγκρίθηκε η εγγραφή σας, Ελένη", 1);
    await add(mine.id, "jose@example.es", "Your ticket for Café Día", 2);
    await add(notMine.id, "eleni2@example.gr", "Εγκρίθηκε η εγγραφή σας, Ελένη", 3);
    const subjects = async (who: Viewer, q: string) =>
      (await listMessagesForUser(db(), who, { filter: { q } })).rows.map((r) => r.toAddress).sort();
    for (const q of ["ελενη", "ΕΛΕΝΗ", "εγκριθηκε", "ΕΓΓΡΑΦΉ ΣΑΣ"]) expect(await subjects(organizer, q), q).toEqual(["eleni@example.gr"]);
    expect(await subjects(owner, "ελενη")).toEqual(["eleni2@example.gr", "eleni@example.gr"]);
    for (const q of ["cafe dia", "CAFÉ", "JOSE@"]) expect(await subjects(organizer, q), q).toEqual(["jose@example.es"]);
    expect((await listMessagesForUser(db(), organizer, { filter: { q: "nobody" } })).total).toBe(0);
    expect((await listMessagesForUser(db(), organizer, {})).total).toBe(2);
  });
});
