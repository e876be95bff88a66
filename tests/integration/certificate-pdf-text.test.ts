// What a certificate's PDF says, read back with pdftotext: answers to the event's questions filled
// into the body as typed (markup is text, never styling), and the verification URL on one line with
// its code whole (issues 17 and 20).
import { createElement } from "react";
import { renderToBuffer } from "@react-pdf/renderer";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { CertificateDocument } from "@/lib/certificates/certificate-document";
import { loadSettings } from "@/lib/certificates/load-settings";
import { renderCertificatePdf, verifyUrl } from "@/lib/certificates/render-certificate";
import { loadCertificateFonts } from "@/lib/certificates/rtl-fonts";
import { db } from "@/lib/db/client";
import type { Question } from "@/lib/questions/definitions";
import { closeConnections, createEvent, resetDb } from "../helpers/db";
import { pdfText } from "../helpers/tickets";

beforeEach(resetDb);
afterAll(closeConnections);

const CODE = "7KX2M9QHTR4WBC8DVNJP3FAYZE";
const idNumber: Question = { id: "idnumber01", key: "id_number", type: "short_text", label: "ID <i>number</i>", help: "", required: false };
const role: Question = {
  id: "rolerole01",
  key: "role",
  type: "single_choice",
  label: "Role",
  help: "",
  required: true,
  options: [{ id: "optmarkup1", label: "<u>Lead</u> & co" }],
};

/** pdftotext's lines, trimmed, without the empty ones. */
const lines = (text: string) =>
  text
    .split(/\n|\f/)
    .map((l) => l.trim())
    .filter(Boolean);

describe("certificate PDF text", () => {
  it("prints {{answer.<key>}} values with markup literally, the chosen option's label too", async () => {
    const event = await createEvent({ questions: [idNumber, role] });
    const loaded = await loadSettings(db(), event.id);
    loaded.settings.body = "ID: {{answer.id_number}}. Role: {{answer.role}}.";
    const holder = { firstName: "Ada", lastName: "Lovelace", answers: { [idNumber.id]: '<b>x</b> & "y"', [role.id]: "optmarkup1" } };
    const text = await pdfText(await renderCertificatePdf(event, loaded, holder, CODE, new Date()));
    expect(text).toContain('ID: <b>x</b> & "y". Role: <u>Lead</u> & co.');
    expect(text).not.toContain("&amp;");
    expect(text).not.toContain("&lt;");
  });

  it("prints the verification URL on one line, its code whole", async () => {
    const event = await createEvent();
    const text = await pdfText(
      await renderCertificatePdf(event, await loadSettings(db(), event.id), { firstName: "Ada", lastName: "L" }, CODE, new Date()),
    );
    expect(lines(text)).toContain(verifyUrl(CODE).replace(/^https?:\/\//, ""));
  });

  it("keeps the code whole on one line behind a long host name too", async () => {
    await loadCertificateFonts();
    for (const host of ["events.example.org", "registrations.very-long-organisation-name.example.co.uk", `${"a".repeat(60)}.example.org`]) {
      const url = `${host}/verify/${CODE}`;
      const pdf = await renderToBuffer(
        createElement(CertificateDocument, {
          locale: "en",
          labels: { presentedTo: "Presented to", issued: "Issued", verifyAt: "Verify at" },
          title: "Certificate",
          holderName: "Ada Lovelace",
          body: "Attended.",
          signerName: "",
          signerTitle: "",
          issuer: "EventDesk",
          issuedOn: "1 July 2026",
          orientation: "landscape",
          verifyUrl: url,
          displayCode: CODE,
          qrPng: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
          logo: null,
          signature: null,
        }) as Parameters<typeof renderToBuffer>[0],
      );
      const found = lines(await pdfText(pdf));
      expect(found, host).toContain(url);
    }
  });
});
