// The way back to the event from its import and export pages.
import Link from "next/link";

export function EventCrumb({ eventId, title, via }: { eventId: string; title: string; via?: { href: string; label: string } }) {
  return (
    <p className="flex flex-wrap gap-x-2 text-sm">
      <Link href={`/events/${eventId}`} className="text-brand-600 underline-offset-2 hover:underline">
        ← {title}
      </Link>
      {via && (
        <>
          <span aria-hidden="true" className="text-zinc-400">
            /
          </span>
          <Link href={via.href} className="text-brand-600 underline-offset-2 hover:underline">
            {via.label}
          </Link>
        </>
      )}
    </p>
  );
}
