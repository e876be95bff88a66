// Fills a template with one participant's values and produces the three parts of an email: the
// subject (one line), the plain-text part (the filled body as written) and the HTML part (the same
// text in the react-email layout, every value escaped by React). A template with problems — unknown
// or malformed placeholders — is refused rather than sent with braces in it.
import { render } from "@react-email/render";
import { createElement } from "react";
import type { MessageKind } from "@/lib/db/schema/messages";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { EmailLayout, PLAIN_END, PLAIN_MARKS, PLAIN_START } from "./email-layout";
import { answerKeysOf, parseTemplate, type TemplateNode, type TemplateProblem } from "./parse-template";
import type { EmailTemplate } from "./templates/defaults";

/** The plain-text part's "Manage my registration" label, in the email's language. */
export function manageLabel(locale: Locale = "en"): string {
  return translator(locale, "email")("manageLink");
}

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

function parseOrThrow(source: string, kind: MessageKind | undefined, vars: Record<string, string>): TemplateNode[] {
  const { nodes, problems } = parseTemplate(source, kind, answerKeysOf(vars));
  if (problems.length) throw new TemplateError(problems);
  return nodes;
}

/** Subjects are header lines: a newline in a value must not start a new header. */
export function fillSubject(source: string, vars: Record<string, string>, kind?: MessageKind): string {
  return fill(parseOrThrow(source, kind, vars), vars)
    .replace(/\s+/g, " ")
    .trim();
}

/** The plain-text body: values as they are, no trailing spaces, at most one blank line in a row (empty sections leave some). */
export function fillBody(source: string, vars: Record<string, string>, kind?: MessageKind, mark?: Mark): string {
  return fill(parseOrThrow(source.replace(/\r\n?/g, "\n"), kind, vars), vars, mark)
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
export async function renderTemplate(
  template: EmailTemplate,
  vars: Record<string, string>,
  kind?: MessageKind,
  locale: Locale = "en",
): Promise<RenderedEmail> {
  const subject = fillSubject(template.subject, vars, kind);
  return { subject, html: await renderHtml(template, vars, subject, kind, locale), text: plainText(template, vars, kind, locale) };
}

// Every participant email ends with their "Manage my registration" link, whatever the template says.
function plainText(template: EmailTemplate, vars: Record<string, string>, kind: MessageKind | undefined, locale: Locale): string {
  const body = fillBody(template.body, vars, kind);
  return vars.manage_url ? `${body}\n\n--\n${manageLabel(locale)}: ${vars.manage_url}` : body;
}

/** The same email with its HTML rendered through React for these exact values (what the cache must equal). */
export async function renderTemplateWithoutCache(
  template: EmailTemplate,
  vars: Record<string, string>,
  kind?: MessageKind,
  locale: Locale = "en",
): Promise<RenderedEmail> {
  const subject = fillSubject(template.subject, vars, kind);
  return { subject, html: await renderHtmlFully(template, vars, subject, kind, locale), text: plainText(template, vars, kind, locale) };
}

/** The HTML part through React, for these exact values. */
async function renderHtmlFully(
  template: EmailTemplate,
  vars: Record<string, string>,
  subject: string,
  kind: MessageKind | undefined,
  locale: Locale,
  manageUrl = vars.manage_url || undefined,
) {
  const marked = fillBody(template.body, vars, kind, markParticipantText);
  return render(
    createElement(EmailLayout, { subject, title: vars.event_title ?? subject, body: marked, eventUrl: vars.event_url, manageUrl, locale }),
  );
}

// A React render costs several milliseconds of CPU per email; a registration rush sends the same
// template for the same event thousands of times with only the participant's own values changing.
// So the HTML is rendered once per template, event values and shape, with a token in place of each
// participant value, and each email substitutes its values, escaped exactly as React escapes text.
// That is the same HTML as a full render whenever a value cannot change the layout: no line breaks,
// no runs or ends of whitespace (the subject collapses them, the body trims them), no marks or token
// characters. Any other value, rare in names and addresses, takes the full render.
const TOKEN_START = "\uE100";
const TOKEN_END = "\uE101";
const TOKEN = /\uE100(\d+)\uE101/g;
const LAYOUT_NEUTRAL = /^[^\s\uE000-\uE0FF\uE100\uE101]+(?: [^\s\uE000-\uE0FF\uE100\uE101]+)*$/u;
const CACHE_LIMIT = 500;
const layoutCache = new Map<string, string>();
// The footer's "Manage my registration" link differs per participant: a token in the cached layout
// (a URL has nothing React escapes differently). A template that uses {{manage_url}} in its own text
// (the waitlist offer) keeps the value in the cache key instead, so the body's link is linkified.
const MANAGE_TOKEN = "\uE100m\uE101";

function isParticipantText(name: string): boolean {
  return !(LINKABLE_VALUES.has(name) || name.endsWith("_url"));
}

async function renderHtml(
  template: EmailTemplate,
  vars: Record<string, string>,
  subject: string,
  kind: MessageKind | undefined,
  locale: Locale,
): Promise<string> {
  const manageUrl = vars.manage_url || undefined;
  const manageInText = /manage_url/.test(template.body) || /manage_url/.test(template.subject);
  const names = Object.keys(vars)
    .filter((n) => manageInText || n !== "manage_url")
    .sort();
  const substituted: string[] = [];
  const tokenVars: Record<string, string> = {};
  const shape: (string | boolean)[] = [];
  for (const name of names) {
    const value = vars[name];
    if (!isParticipantText(name) || value === "") {
      tokenVars[name] = value;
      shape.push(name, value);
      continue;
    }
    if (!LAYOUT_NEUTRAL.test(value)) return renderHtmlFully(template, vars, subject, kind, locale);
    tokenVars[name] = `${TOKEN_START}${substituted.length}${TOKEN_END}`;
    substituted.push(value);
    shape.push(name, true);
  }
  // The title falls back to the subject, which may hold participant values: tokens there too.
  // The layout's own words (footer) and lang differ by language: part of the key.
  const footer = manageInText ? manageUrl : manageUrl && MANAGE_TOKEN;
  const key = JSON.stringify([
    template.subject,
    template.body,
    kind ?? null,
    locale,
    shape,
    footer === MANAGE_TOKEN ? true : (footer ?? null),
  ]);
  let layout = layoutCache.get(key);
  if (layout === undefined) {
    layout = await renderHtmlFully(template, tokenVars, fillSubject(template.subject, tokenVars, kind), kind, locale, footer);
    if (layoutCache.size >= CACHE_LIMIT) layoutCache.clear();
    layoutCache.set(key, layout);
  }
  const filled = layout.replace(TOKEN, (_, i: string) => escapeLikeReact(substituted[Number(i)]));
  return footer === MANAGE_TOKEN && manageUrl ? filled.replaceAll(MANAGE_TOKEN, escapeLikeReact(manageUrl)) : filled;
}

const REACT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

/** React's escaping of text and attribute values (react-dom/server escapeTextForBrowser). */
function escapeLikeReact(value: string): string {
  return value.replace(/[&<>"']/g, (c) => REACT_ESCAPES[c]);
}
