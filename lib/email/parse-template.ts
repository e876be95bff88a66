// Reads a template's text into plain text, {{placeholders}} and optional sections, and reports every
// placeholder that cannot be filled: unknown names (wrong case included), unclosed braces, names the
// kind of email has no value for, and sections opened or closed out of order. The editor refuses to
// save a template with any of these, so they are never discovered in someone's inbox.
//
// Syntax: {{name}} is replaced by the value. {{#name}}…{{/name}} keeps the text between only when
// the value is not empty (a rejection without a reason, an approval without a ticket link). A section
// tag alone on its line takes the line with it, so optional lines leave no gap.
import type { MessageKind } from "@/lib/db/schema/messages";
import { isAvailableIn, isPlaceholderName, messageKindLabels, placeholderNames, type PlaceholderName } from "./placeholders";

// A name is one of the listed placeholders, or "answer.<key>" for the event's own questions.
export type TemplateNode =
  | { type: "text"; value: string }
  | { type: "value"; name: PlaceholderName | AnswerPlaceholder }
  | { type: "section"; name: PlaceholderName | AnswerPlaceholder; children: TemplateNode[] };

export type AnswerPlaceholder = `answer.${string}`;
const ANSWER_NAME = /^answer\.([a-z][a-z0-9_]{0,39})$/;

export type TemplateProblem = {
  /** The offending text exactly as written, e.g. "{{First_Name}}". */
  text: string;
  /** In English, for logs and tests; people read `code` with `values` through the catalogue (messaging.templates.problems). */
  message: string;
  code: TemplateProblemCode;
  values: Record<string, string>;
};

export type TemplateProblemCode =
  | "notClosed"
  | "notClosedGuess"
  | "unknownAnswer"
  | "unknownAnswerListed"
  | "empty"
  | "unknown"
  | "unknownGuess"
  | "notAvailable"
  | "notInAnnouncement"
  | "closesUnopened"
  | "closesWrong"
  | "neverClosed";

export type ParsedTemplate = { nodes: TemplateNode[]; problems: TemplateProblem[] };

const OPEN = "{{";
const CLOSE = "}}";
const NAME = /^[a-z_]+$/;
// Longest excerpt quoted back for an unclosed placeholder.
const EXCERPT = 40;

/**
 * Parses one template field. With a kind, names that kind of email has no value for are problems too.
 * `answerKeys`: the placeholder names of the event's questions ({{answer.<key>}}); any other is unknown.
 */
export function parseTemplate(source: string, kind?: MessageKind, answerKeys: readonly string[] = []): ParsedTemplate {
  const root: TemplateNode[] = [];
  const stack: { name: PlaceholderName | AnswerPlaceholder; text: string; children: TemplateNode[] }[] = [];
  const problems: TemplateProblem[] = [];
  const out = () => (stack.length ? stack[stack.length - 1].children : root);
  const pushText = (value: string) => {
    if (!value) return;
    const list = out();
    const last = list[list.length - 1];
    if (last?.type === "text") last.value += value;
    else list.push({ type: "text", value });
  };
  const report = (text: string, message: string, code: TemplateProblemCode, values: Record<string, string> = {}) => {
    if (!problems.some((p) => p.message === message)) problems.push({ text, message, code, values: { text, ...values } });
  };

  let i = 0;
  while (i < source.length) {
    let open = source.indexOf(OPEN, i);
    if (open === -1) {
      pushText(source.slice(i));
      break;
    }
    // "{{{name}}}": the extra braces are text around a normal placeholder.
    while (source[open + 2] === "{") open++;
    pushText(source.slice(i, open));

    const close = source.indexOf(CLOSE, open + 2);
    const lineEnd = indexOrEnd(source, "\n", open);
    const nextOpen = indexOrEnd(source, OPEN, open + 2);
    if (close === -1 || close > lineEnd || close > nextOpen) {
      const text = source.slice(open, Math.min(lineEnd, nextOpen, open + EXCERPT)).trimEnd();
      const guess = suggestion(text.slice(2));
      report(
        text,
        `“${text}” is not closed: placeholders end with }}${guess ? `, as in {{${guess}}}` : ""}.`,
        guess ? "notClosedGuess" : "notClosed",
        { close: CLOSE, ...(guess ? { guess: `{{${guess}}}` } : {}) },
      );
      pushText(OPEN);
      i = open + 2;
      continue;
    }

    const text = source.slice(open, close + 2);
    const inner = source.slice(open + 2, close).trim();
    const marker = inner[0] === "#" || inner[0] === "/" ? inner[0] : "";
    // Checked below: a listed name or answer.<key> of this event, else reported and kept as text.
    const name = inner.slice(marker.length).trim() as PlaceholderName | AnswerPlaceholder;
    i = close + 2;

    const answer = ANSWER_NAME.exec(name);
    if (name.startsWith("answer.") && !(answer && answerKeys.includes(answer[1]))) {
      report(
        text,
        `Unknown placeholder “${text}”: this event’s form has no question with the placeholder name “${name.slice(7)}”${answerKeys.length ? ` (its questions: ${answerKeys.map((k) => `{{answer.${k}}}`).join(", ")})` : ""}.`,
        answerKeys.length ? "unknownAnswerListed" : "unknownAnswer",
        { key: name.slice(7), questions: answerKeys.map((k) => `{{answer.${k}}}`).join(", ") },
      );
      pushText(text);
      continue;
    }
    if (!answer && (!NAME.test(name) || !isPlaceholderName(name))) {
      const guess = suggestion(name);
      report(
        text,
        (name as string) === ""
          ? `“${text}” is an empty placeholder: put a name between the braces, such as {{first_name}}.`
          : `Unknown placeholder “${text}”${guess ? `: did you mean {{${marker}${guess}}}?` : ". Use one of the placeholders listed beside the editor."}`,
        (name as string) === "" ? "empty" : guess ? "unknownGuess" : "unknown",
        (name as string) === "" ? { example: "{{first_name}}" } : guess ? { guess: `{{${marker}${guess}}}` } : {},
      );
      pushText(text);
      continue;
    }
    if (kind && !answer && isPlaceholderName(name) && !isAvailableIn(name, kind)) {
      report(text, `“${text}” has no value in the “${messageKindLabels[kind]}” email: use it only where it is listed.`, "notAvailable", {
        kind,
      });
    }

    if (marker === "") {
      out().push({ type: "value", name });
      continue;
    }
    // A section tag alone on its line removes the whole line, not only the tag.
    const standalone = standaloneLine(source, open, close + 2);
    if (standalone) {
      trimLineStart(out());
      i = standalone.next;
    }
    if (marker === "#") {
      stack.push({ name, text, children: [] });
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) {
      report(
        text,
        `“${text}” closes a section that was never opened: add {{#${name}}} where the optional text starts, or remove it.`,
        "closesUnopened",
        { open: `{{#${name}}}` },
      );
    } else if (top.name !== name) {
      report(text, `“${text}” closes {{#${name}}}, but the open section is “${top.text}”: close {{/${top.name}}} first.`, "closesWrong", {
        open: `{{#${name}}}`,
        current: top.text,
        close: `{{/${top.name}}}`,
      });
    } else {
      stack.pop();
      out().push({ type: "section", name, children: top.children });
    }
  }
  for (const open of stack.reverse()) {
    report(open.text, `“${open.text}” is never closed: add {{/${open.name}}} where the optional text ends.`, "neverClosed", {
      close: `{{/${open.name}}}`,
    });
    out().push({ type: "section", name: open.name, children: open.children });
  }
  return { nodes: root, problems };
}

function indexOrEnd(source: string, needle: string, from: number): number {
  const at = source.indexOf(needle, from);
  return at === -1 ? source.length : at;
}

/** The known name a mistyped one most likely meant: other case, spaces or dashes, stray braces. */
function suggestion(written: string): string | undefined {
  const guess = written
    .replace(/^[#/]/, "")
    .replace(/[{}]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  return placeholderNames.includes(guess) ? guess : undefined;
}

/** When only whitespace shares the line with [start, end), where the next line starts. */
function standaloneLine(source: string, start: number, end: number): { next: number } | null {
  const lineStart = source.lastIndexOf("\n", start - 1) + 1;
  if (source.slice(lineStart, start).trim() !== "") return null;
  const newline = source.indexOf("\n", end);
  const lineEnd = newline === -1 ? source.length : newline;
  if (source.slice(end, lineEnd).trim() !== "") return null;
  return { next: newline === -1 ? source.length : newline + 1 };
}

/** Drops the indentation before a standalone tag (already emitted as text on the same line). */
function trimLineStart(list: TemplateNode[]) {
  const last = list[list.length - 1];
  if (last?.type === "text") last.value = last.value.replace(/[ \t]+$/, "");
}

/** Every problem in a template's subject and body, labelled with where it is. */
export function templateProblems(template: { subject: string; body: string }, kind: MessageKind, answerKeys: readonly string[] = []) {
  return {
    subject: parseTemplate(template.subject, kind, answerKeys).problems,
    body: parseTemplate(template.body, kind, answerKeys).problems,
  };
}

/** The answer placeholders' keys among template values (participantVariables adds one per question). */
export function answerKeysOf(vars: Record<string, string>): string[] {
  return Object.keys(vars)
    .filter((k) => k.startsWith("answer."))
    .map((k) => k.slice(7));
}
