// The scanner page's calls to the check-in routes. A request that meets no answer (venue Wi-Fi) is
// sent again with the same body, and so the same clientScanId: the server answers a repeat with the
// first answer and never counts it twice.
import type { CheckInCounters, CheckInResult } from "@/lib/check-in/check-in-result";
import { deviceId } from "@/lib/check-in/device-id";
import type { ParticipantStatus } from "@/lib/db/schema/participants";

export type SearchRow = {
  id: string;
  name: string;
  email: string;
  organisation: string | null;
  status: ParticipantStatus;
  checkedInAt: string | null;
  checkedInBy: string | null;
};

/** Why a call gave no answer, in words for the door. */
export class CheckInError extends Error {
  constructor(
    message: string,
    readonly kind: "offline" | "signed_out" | "no_access" | "busy" | "refused",
  ) {
    super(message);
  }
}

const RETRY_DELAYS_MS = [400, 1200, 2500];

async function call<T>(url: string, init: RequestInit = {}, retry = true): Promise<T> {
  const headers = { "x-device-id": deviceId(), ...(init.body ? { "content-type": "application/json" } : {}) };
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(url, { ...init, headers, cache: "no-store" });
    } catch {
      if (retry && attempt < RETRY_DELAYS_MS.length) {
        await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
        continue;
      }
      throw new CheckInError("No connection — nothing was recorded. Check the Wi-Fi and try again.", "offline");
    }
    if (res.status >= 502 && res.status <= 504 && retry && attempt < RETRY_DELAYS_MS.length) {
      await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
      continue;
    }
    if (res.ok) return (await res.json()) as T;
    if (res.status === 401) throw new CheckInError("You are signed out. Sign in again to keep checking people in.", "signed_out");
    if (res.status === 404 && url.endsWith("/manual")) throw new CheckInError("This person is not registered for this event.", "refused");
    if (res.status === 404) throw new CheckInError("You no longer have access to this event's check-in.", "no_access");
    if (res.status === 429) throw new CheckInError("Too many scans at once — wait a second and scan again.", "busy");
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new CheckInError(body?.error ?? `The server answered ${res.status}. Try again.`, "refused");
  }
}

export function checkInClient(eventId: string) {
  const base = `/api/events/${eventId}/check-in`;
  const post = <T>(path: string, body: unknown) => call<T>(`${base}/${path}`, { method: "POST", body: JSON.stringify(body) });
  return {
    scan: (code: string, clientScanId: string) => post<CheckInResult>("scan", { code, clientScanId }),
    manual: (participantId: string, clientScanId: string) => post<CheckInResult>("manual", { participantId, clientScanId }),
    undo: (participantId: string) => post<{ ok: true; undoneAt: string }>("undo", { participantId }),
    search: (q: string) => call<{ participants: SearchRow[] }>(`${base}/search?q=${encodeURIComponent(q)}`, {}, false),
    counters: () => call<CheckInCounters>(`${base}/counters`, {}, false),
  };
}

export type CheckInClient = ReturnType<typeof checkInClient>;
