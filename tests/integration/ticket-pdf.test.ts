// The ticket document as a person and a door scanner see it: its extracted text and its QR code.
import { describe, expect, it } from "vitest";
import { formatEventDate } from "@/lib/events/time";
import { renderTicketPdf } from "@/lib/tickets/render-ticket";
import { formatTicketCode, generateTicketCode } from "@/lib/tickets/ticket-code";
import { decodeQr, pdfPageCount, pdfText } from "../helpers/tickets";

const event = {
  title: "Συνέδριο Ανοιχτών Δεδομένων 2026",
  venue: "Τεχνόπολη, Πειραιώς 100, Αθήνα",
  startsAt: new Date("2026-12-01T07:30:00Z"),
  endsAt: new Date("2026-12-01T15:00:00Z"),
  timeZone: "Europe/Athens",
};

const oneLine = (text: string) => text.replace(/\s+/g, " ");

describe("the ticket PDF", () => {
  it.each([
    ["Greek", "Αλέξανδρος", "Παπαδόπουλος"],
    ["accented Latin", "Zoë", "Brontë-Ñúñez Łukasiewicz"],
    ["Cyrillic", "Анна", "Ахматова"],
  ])("draws a name written in %s, the event's title, venue and date in its time zone as text", async (_script, firstName, lastName) => {
    const code = generateTicketCode();
    const text = await pdfText(await renderTicketPdf(event, { firstName, lastName }, code));
    expect(text).toContain(`${firstName} ${lastName}`);
    expect(text).toContain(event.title);
    expect(text).toContain(event.venue);
    // 07:30Z is 09:30 in Athens in winter.
    expect(text).toContain(formatEventDate(event.startsAt, event.endsAt, event.timeZone));
    expect(text).toContain("Tue, 1 December 2026, 09:30–17:00");
    expect(text).toContain(formatTicketCode(code));
  });

  it("draws every letter of every ticket a long-running worker renders, whatever the scripts before it", async () => {
    // Greek capitals and accented vowels are built from Latin glyphs; a font cache bug once dropped
    // those Latin letters from every later ticket in the process (see lib/pdf/fonts.ts).
    const names = [
      ["ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ", "άέήίόύώ ϊϋΐΰ αβγδεζηθικλμνξοπρστυφχψω"],
      ["ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"],
      ["ÀÉÎÕÜ Ççñß", "Øøå Łł Žž"],
      ["АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [firstName, lastName] of names) {
        const text = oneLine(await pdfText(await renderTicketPdf(event, { firstName, lastName }, generateTicketCode())));
        expect(text).toContain(`${firstName} ${lastName}`);
        expect(text).toContain(event.title);
        expect(text).toContain("ADMISSION TICKET");
      }
    }
  });

  it("carries a QR code that decodes to the ticket code and nothing else", async () => {
    const code = generateTicketCode();
    const pdf = await renderTicketPdf(event, { firstName: "Γιώργος", lastName: "Σεφέρης" }, code);
    expect(await decodeQr(pdf)).toBe(code);
  });

  it("keeps the longest title, venue and name the forms accept on one page, every word of them", async () => {
    const long = {
      ...event,
      title: "Διεθνές Συνέδριο για την Ανοιχτή Διακυβέρνηση και τα Δεδομένα ".repeat(4).slice(0, 200).trim(),
      venue: "Megaron Athens International Conference Centre, Vasilissis Sofias & Kokkali 1, ".repeat(4).slice(0, 300).trim(),
    };
    const firstName = "Μαρία-Ελένη Αικατερίνη Θεοδώρα Χριστίνα Αναστασία Παναγιώτα Κωνσταντίνα Ευαγγελία Ιωάννα".slice(0, 100);
    const lastName = "Παπαδημητροπούλου-Καραμανλή de la Santísima Trinidad Ruiz y Picasso Оболенская-Нелединская".slice(0, 100);
    const pdf = await renderTicketPdf(long, { firstName, lastName }, generateTicketCode());
    expect(await pdfPageCount(pdf)).toBe(1);
    const text = oneLine(await pdfText(pdf));
    expect(text).toContain(oneLine(`${firstName} ${lastName}`));
    expect(text).toContain(oneLine(long.venue));
  });

  it("draws a name made to break things as plain text, on one page", async () => {
    const firstName = `<script>alert(1)</script> {{first_name}} %PDF-1.4`;
    const lastName = "x".repeat(100);
    const pdf = await renderTicketPdf(event, { firstName, lastName }, generateTicketCode());
    expect(await pdfPageCount(pdf)).toBe(1);
    const text = oneLine(await pdfText(pdf));
    expect(text).toContain(firstName);
  });
});
