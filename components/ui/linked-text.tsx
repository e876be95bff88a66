// An organizer's own text with its http(s) addresses as links (lib/text/linkify.ts). The links are
// user-generated content to search engines and carry no opener or referrer. Never for text a
// participant typed: that stays plain.
import { linkifyText } from "@/lib/text/linkify";

export const organizerLinkRel = "nofollow noopener noreferrer ugc";

/** One link to an address the organizer gave (already checked to be http or https). */
export function OrganizerLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} rel={organizerLinkRel} target="_blank" className="break-all text-brand-600 underline hover:text-brand-700">
      {children}
    </a>
  );
}

export function LinkedText({ text }: { text: string }) {
  let offset = 0;
  return linkifyText(text).map((segment) => {
    // Where the segment starts in the text: a key that is stable for one text.
    const key = offset;
    offset += segment.text.length;
    return segment.kind === "link" ? (
      <OrganizerLink key={key} href={segment.href}>
        {segment.text}
      </OrganizerLink>
    ) : (
      <span key={key}>{segment.text}</span>
    );
  });
}
