// participant.rejected, called directly as the worker would (outbox transport).
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import participantRejectedJob from "@/jobs/participant-rejected";
import { closeConnections, resetDb } from "../helpers/db";
import { changeStatus, messagesWithAttachments, registeredParticipant, saveTemplate, ticketsOf } from "../helpers/tickets";
import { handlerOf } from "../helpers/run-job";

const rejected = handlerOf(participantRejectedJob);

beforeEach(resetDb);
afterAll(closeConnections);

async function rejectedParticipant(reason: string | null) {
  const { event, participantId } = await registeredParticipant({ title: "Data Day" });
  // The organizer's own wording, so that the test sees exactly where the reason goes.
  await saveTemplate(event.id, "rejected", "About {{event_title}}", "Dear {{first_name}},\n\nReason: [{{reason}}]");
  const changeId = await changeStatus(participantId, "rejected", reason);
  return { participantId, changeId };
}

describe("the participant.rejected job", () => {
  it("sends one rejection email with the organizer's reason, escaped in the HTML part and raw in the text part", async () => {
    const reason = `Seats <b>full</b> & "waiting list" closed <script>alert(1)</script>`;
    const { participantId, changeId } = await rejectedParticipant(reason);
    await rejected(db(), { participantId, changeId });

    const [message, ...more] = await messagesWithAttachments(participantId);
    expect(more).toHaveLength(0);
    expect(message).toMatchObject({
      kind: "rejected",
      key: `rejected:${changeId}`,
      status: "sent",
      attempts: 1,
      subject: "About Data Day",
    });
    expect(message.attachments).toHaveLength(0);
    expect(message.text).toContain(`Reason: [${reason}]`);
    expect(message.html).toContain(
      "Reason: [Seats &lt;b&gt;full&lt;/b&gt; &amp; &quot;waiting list&quot; closed &lt;script&gt;alert(1)&lt;/script&gt;]",
    );
    expect(message.html).not.toContain("<script>");
    expect(message.html).not.toContain("<b>full");
  });

  it("fills the reason with nothing when the organizer gave none", async () => {
    const { participantId, changeId } = await rejectedParticipant(null);
    await rejected(db(), { participantId, changeId });
    const [message] = await messagesWithAttachments(participantId);
    expect(message.text).toContain("Reason: []");
  });

  it("sends with the default wording when the event has none of its own", async () => {
    const { participantId } = await registeredParticipant({ title: "Data Day" });
    const changeId = await changeStatus(participantId, "rejected", "The room is full");
    await rejected(db(), { participantId, changeId });
    const [message] = await messagesWithAttachments(participantId);
    expect(message).toMatchObject({ kind: "rejected", status: "sent" });
    expect(message.text).toContain("The room is full");
  });

  it("has the same effect when run twice in a row and three times at once: one email, delivered once", async () => {
    const { participantId, changeId } = await rejectedParticipant("Full");
    await rejected(db(), { participantId, changeId });
    await Promise.all([1, 2, 3].map(() => rejected(db(), { participantId, changeId })));
    const sent = await messagesWithAttachments(participantId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("does nothing for a participant approved again before the job ran", async () => {
    const { participantId, changeId } = await rejectedParticipant("Full");
    await changeStatus(participantId, "approved");
    await rejected(db(), { participantId, changeId });
    expect(await messagesWithAttachments(participantId)).toHaveLength(0);
    expect(await ticketsOf(participantId)).toHaveLength(0);
  });
});
