// An organizer corrects a participant's answers. Only questions on the form today can be edited; the
// answers to removed questions stay as they were. Every changed answer goes into the history (as the
// text shown at the time, so a later rename does not rewrite the past), in the same transaction.
import { and, eq } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { isUuid } from "@/lib/db/queries/participants";
import { participantAnswerHistory, participants } from "@/lib/db/schema";
import { activeQuestions, type Answers, type Question } from "./definitions";
import { formatAnswer } from "./format-answer";

export type UpdateAnswersResult = { ok: true; changed: number } | { ok: false; reason: "not_found" };

export async function updateParticipantAnswers(
  db: Db,
  user: Pick<SessionUser, "id" | "name">,
  event: { id: string; questions: Question[] },
  participantId: string,
  edited: Answers,
): Promise<UpdateAnswersResult> {
  if (!isUuid(participantId)) return { ok: false, reason: "not_found" };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ answers: participants.answers })
      .from(participants)
      .where(and(eq(participants.id, participantId), eq(participants.eventId, event.id)))
      .for("update");
    if (!row) return { ok: false, reason: "not_found" } as const;
    const next: Answers = { ...row.answers };
    const changes: { questionId: string; label: string; from: string; to: string }[] = [];
    for (const q of activeQuestions(event.questions)) {
      const before = row.answers[q.id];
      const after = edited[q.id];
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      changes.push({ questionId: q.id, label: q.label, from: formatAnswer(q, before), to: formatAnswer(q, after) });
      if (after === undefined) delete next[q.id];
      else next[q.id] = after;
    }
    if (changes.length === 0) return { ok: true, changed: 0 } as const;
    await tx.update(participants).set({ answers: next, updatedAt: new Date() }).where(eq(participants.id, participantId));
    await tx.insert(participantAnswerHistory).values({ participantId, changes, changedBy: user.id, changedByName: user.name });
    return { ok: true, changed: changes.length } as const;
  });
}

export async function listAnswerHistory(db: Db, participantId: string) {
  return db
    .select()
    .from(participantAnswerHistory)
    .where(eq(participantAnswerHistory.participantId, participantId))
    .orderBy(participantAnswerHistory.createdAt);
}
