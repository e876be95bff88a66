// Browser-side ids for the scanner: one per device (kept in localStorage, recorded with each
// check-in) and one per scan (so a retried request is recognised). crypto.randomUUID exists only on
// secure origins; a phone on plain http in development still gets ids from getRandomValues.

const KEY = "eventdesk.deviceId";

export function newClientId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

let memo: string | undefined;

export function deviceId(): string {
  if (memo) return memo;
  try {
    memo = localStorage.getItem(KEY) ?? undefined;
    if (!memo) {
      memo = newClientId();
      localStorage.setItem(KEY, memo);
    }
  } catch {
    // Storage refused (private mode): an id for this page's life.
    memo = newClientId();
  }
  return memo;
}
