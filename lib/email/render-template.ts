// Fills a template with one participant's values and produces the three parts of an email: the
// subject (one line), the plain-text part (the filled body as written) and the HTML part (the same
// text in the react-email layout, every value escaped by React). A template with problems — unknown
// or malformed placeholders — is refused rather than sent with braces in it.
import { render } from "@react-email/render";
import { createElement } from "react";
import type { MessageKind } from "@/lib/db/schema/messages";
import { EmailLayout, PLAIN_END, PLAIN_MARKS, PLAIN_START } from "./email-layout";
import { parseTemplate, type TemplateNode, type TemplateProblem } from "./parse-template";
import type { EmailTemplate } from "./templates/defaults";

export const MANAGE_LABEL = "Manage my registration";

export type RenderedEmail = { subject: string; html: string; text: string };

export class TemplateError extends Error {
  constructor(readonly problems: TemplateProblem[]) {
    super(`template has problems: ${problems.map((p) => p.message).join(" ")}`);
    this.name = "TemplateError";
  }
}

type Mark = (name: string, value: string) => string;

function fill(nodes: TemplateNode[], vars: Record<string, string>, mark: Mark = (_, v) => v): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text") out += node.value;
    // A placeholder this email has no value for (no ticket link yet) is left empty.
    else if (node.type === "value") out += mark(node.name, vars[node.name] ?? "");
    else if ((vars[node.name] ?? "").trim() !== "") out += fill(node.children, vars, mark);
  }
  return out;
}

// Only the organizer's text and the app's own values may become links in the HTML part. A value a
// participant typed (a first name "Visit https://evil.example/login to") stays plain text: it is
// wrapped in PLAIN_START/PLAIN_END, which the layout renders without linkify (lib/email/email-layout.tsx).
const LINKABLE_VALUES = new Set(["event_title", "event_date", "venue", "reason"]);

function markParticipantText(name: string, value: string): string {
  if (LINKABLE_VALUES.has(name) || name.endsWith("_url")) return value;
  const clean = value.replace(PLAIN_MARKS, "");
  return clean
    .split("\n")
    .map((line) => (line === "" ? "" : `${PLAIN_START}${line}${PLAIN_END}`))
    .join("\n");
}

function parseOrThrow(source: string, kind?: MessageKind): TemplateNode[] {
  const { nodes, problems } = parseTemplate(source, kind);
  if (problems.length) throw new TemplateError(problems);
  return nodes;
}

/** Subjects are header lines: a newline in a value must not start a new header. */
export function fillSubject(source: string, vars: Record<string, string>, kind?: MessageKind): string {
  return fill(parseOrThrow(source, kind), vars).replace(/\s+/g, " ").trim();
}

/** The plain-text body: values as they are, no trailing spaces, at most one blank line in a row (empty sections leave some). */
export function fillBody(source: string, vars: Record<string, string>, kind?: MessageKind, mark?: Mark): string {
  return fill(parseOrThrow(source.replace(/\r\n?/g, "\n"), kind), vars, mark)
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Renders a template for one recipient. `vars` holds the placeholder values; `event_title` heads the
 * HTML part and `event_url` goes in its footer. With a kind, placeholders that kind has no value
 * for are refused too.
 */
export async function renderTemplate(template: EmailTemplate, vars: Record<string, string>, kind?: MessageKind): Promise<RenderedEmail> {
  const subject = fillSubject(template.subject, vars, kind);
  const manageUrl = vars.manage_url || undefined;
  // Every participant email ends with their "Manage my registration" link, whatever the template says.
  const text = `${fillBody(template.body, vars, kind)}${manageUrl ? `\n\n--\n${MANAGE_LABEL}: ${manageUrl}` : ""}`;
  const marked = fillBody(template.body, vars, kind, markParticipantText);
  const html = await render(
    createElement(EmailLayout, { subject, title: vars.event_title ?? subject, body: marked, eventUrl: vars.event_url, manageUrl }),
  );
  return { subject, html, text };
}
