// How a ticket code shows in the dashboard. (Sources and statuses read from the catalogue:
// participants.source, participants.status.)

/** "…3F9A": enough to compare with a printed ticket, too little to forge one. */
export function maskTicketCode(code: string): string {
  return `…${code.slice(-4)}`;
}
