// The HTML part of every email, built with react-email: a centred table layout with inline styles
// (what Gmail, Outlook and Apple Mail all render), the event's title as a header, the body's
// paragraphs, and a footer. All text arrives as React children and attributes, so React escapes it;
// web addresses in the organizer's text become links, never those inside participant values (marked
// PLAIN_START…PLAIN_END by render-template.ts).
// One package per component rather than the @react-email/components barrel, which loads every
// component (code blocks, markdown, tailwind…) into each worker process.
import { Body } from "@react-email/body";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Link } from "@react-email/link";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { Fragment, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export type EmailLayoutProps = {
  subject: string;
  /** Header line; the event's title. */
  title: string;
  /** The filled-in body as plain text: a blank line separates paragraphs, a newline breaks a line. */
  body: string;
  /** Shown in the footer when known. */
  eventUrl?: string;
  /** The language of the email's own words (the footer) and of its lang attribute. */
  locale?: Locale;
  /** The participant's "Manage my registration" link, shown above the footer when known. */
  manageUrl?: string;
};

const FONT = "Arial, Helvetica, sans-serif";
const INK = "#18181b";
const MUTED = "#71717a";
const BRAND = "#1d5fd6";

const styles = {
  body: { margin: 0, padding: "24px 0", backgroundColor: "#f4f4f5", fontFamily: FONT },
  container: { maxWidth: "600px", width: "100%", backgroundColor: "#ffffff", borderRadius: "8px", border: "1px solid #e4e4e7" },
  header: { padding: "24px 32px 8px 32px" },
  heading: { margin: 0, fontSize: "20px", lineHeight: "28px", fontWeight: 700, color: INK, fontFamily: FONT },
  content: { padding: "8px 32px 8px 32px" },
  paragraph: { margin: "0 0 16px 0", fontSize: "16px", lineHeight: "24px", color: INK, fontFamily: FONT },
  link: { color: BRAND, textDecoration: "underline", wordBreak: "break-all" as const },
  hr: { borderColor: "#e4e4e7", margin: "8px 0" },
  footer: { padding: "8px 32px 24px 32px" },
  footerText: { margin: 0, fontSize: "12px", lineHeight: "18px", color: MUTED, fontFamily: FONT },
};

export function EmailLayout({ subject, title, body, eventUrl, manageUrl, locale = "en" }: EmailLayoutProps) {
  const paragraphs = toParagraphs(body);
  const t = translator(locale, "email");
  return (
    <Html lang={locale}>
      <Head>
        <title>{subject}</title>
      </Head>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section style={styles.header}>
            <Heading as="h1" style={styles.heading}>
              {title}
            </Heading>
          </Section>
          <Section style={styles.content}>
            {paragraphs.map((lines, p) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rendered once to HTML, never reordered; equal paragraphs may repeat
              <Text key={p} style={styles.paragraph}>
                {lines.map((line, l) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: as above, for the lines of one paragraph
                  <Fragment key={l}>
                    {l > 0 && <br />}
                    {linkifyOutsidePlain(line)}
                  </Fragment>
                ))}
              </Text>
            ))}
          </Section>
          {manageUrl && (
            <Section style={styles.content}>
              <Text style={styles.paragraph}>
                <Link href={manageUrl} style={styles.link}>
                  {t("manageLink")}
                </Link>{" "}
                {t("manageHint")}
              </Text>
            </Section>
          )}
          <Hr style={styles.hr} />
          <Section style={styles.footer}>
            <Text style={styles.footerText}>
              {t("footer", { title })}
              {eventUrl && (
                <>
                  {" "}
                  {t("eventPage")}{" "}
                  <Link href={eventUrl} style={{ ...styles.link, color: MUTED }}>
                    {eventUrl}
                  </Link>
                </>
              )}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

/** Blank line (spaces allowed) = new paragraph; within one, each line is kept. */
export function toParagraphs(body: string): string[][] {
  return body
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ""))
    .filter((p) => p.trim() !== "")
    .map((p) => p.split("\n"));
}

// Private-use characters that bracket text a participant wrote: shown, never linkified.
export const PLAIN_START = "\uE000";
export const PLAIN_END = "\uE001";
export const PLAIN_MARKS = /[\uE000\uE001]/g;
const PLAIN_SPAN = /\uE000([^\uE000\uE001]*)\uE001/g;

/** linkify() for the organizer's parts of a line; participant text passes through as plain text. */
export function linkifyOutsidePlain(line: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of line.matchAll(PLAIN_SPAN)) {
    if (match.index > last) parts.push(...linkify(line.slice(last, match.index).replace(PLAIN_MARKS, ""), last));
    parts.push(match[1]);
    last = match.index + match[0].length;
  }
  if (last < line.length) parts.push(...linkify(line.slice(last).replace(PLAIN_MARKS, ""), last));
  // Adjacent strings as one text node (React would separate them with <!-- --> in the HTML).
  const merged: ReactNode[] = [];
  for (const part of parts) {
    const prev = merged.length - 1;
    if (typeof part === "string" && typeof merged[prev] === "string") merged[prev] += part;
    else merged.push(part);
  }
  return merged;
}

// http(s) addresses only: other schemes (javascript:, data:) stay text.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?»”’)\]]+$/;

/** Splits a line into text and link pieces; punctuation after an address stays outside the link. */
export function linkify(line: string, keyOffset = 0): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    let url = match[0];
    const trailing = TRAILING.exec(url)?.[0] ?? "";
    // A closing parenthesis belongs to the address when it opened one: (https://en.wikipedia.org/wiki/X_(Y)).
    let keep = trailing;
    while (
      keep.startsWith(")") &&
      count(url.slice(0, url.length - keep.length), "(") > count(url.slice(0, url.length - keep.length), ")")
    ) {
      keep = keep.slice(1);
    }
    url = url.slice(0, url.length - keep.length);
    const start = match.index;
    if (start > last) parts.push(line.slice(last, start));
    parts.push(
      <Link key={keyOffset + start} href={url} style={styles.link}>
        {url}
      </Link>,
    );
    last = start + url.length;
  }
  if (last < line.length) parts.push(line.slice(last));
  return parts;
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}
