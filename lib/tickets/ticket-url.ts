// The participant's own link to their ticket: public, and as unguessable as the code in it.
import { env } from "@/lib/env";

export function ticketUrl(code: string): string {
  return new URL(`/t/${encodeURIComponent(code)}`, env().APP_URL).toString();
}
