// Which parts of the message catalogue each area's client components read. The catalogue goes into
// every page's HTML (the RSC payload hands it to next-intl's provider in the browser): all of it is
// ~190 kB in Greek, most of it the dashboard's, which a participant's phone downloaded (and the
// server compressed) on every public page. Server components read the catalogue on the server and
// need nothing here. tests/unit/i18n-client-namespaces.test.ts follows each area's imports and fails
// when a client component reads a namespace its area does not send.
import type { Messages } from "./catalogue";

type Namespaces = readonly (keyof Messages)[];

/** The public event pages (/e/…) and the RSVP and certificate-check pages. */
export const PUBLIC_NAMESPACES = ["common", "public", "questions"] as const satisfies Namespaces;
/** Sign-in, setup, invitations. */
export const AUTH_NAMESPACES = ["auth", "common"] as const satisfies Namespaces;
/** The door (a phone at the entrance). */
export const DOOR_NAMESPACES = ["common", "dashboard", "door"] as const satisfies Namespaces;
