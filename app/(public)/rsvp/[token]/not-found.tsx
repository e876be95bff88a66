// Any RSVP link that is not valid (cut short, altered, replaced by a newer one, unknown) gets this
// same page: it says what to do and nothing about whom the link might have been for.
export default function RsvpLinkNotFound() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-md px-4 py-12 sm:py-16">
      <h1 className="text-2xl font-bold tracking-tight">This link does not work</h1>
      <p className="mt-3 text-zinc-700">
        The RSVP link may be incomplete (copy the whole link from the email), or it was replaced by a link in a more recent email.
      </p>
      <p className="mt-3 text-zinc-700">
        Open the most recent email about the event and use the link in it, or reply to that email to reach the organizer.
      </p>
    </main>
  );
}
