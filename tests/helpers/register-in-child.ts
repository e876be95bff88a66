// A registration in a process of its own, for tests that kill it mid-registration (SIGKILL, as a
// crash or an OOM kill would): `node --import tsx tests/helpers/register-in-child.ts <eventId> <email>`.
// Prints "registered" or the refusal, and exits, if it is allowed to finish.
import { db } from "@/lib/db/client";
import { registerParticipant } from "@/lib/participants/register-participant";

const [eventId, email] = process.argv.slice(2);
const result = await registerParticipant(db(), eventId, {
  firstName: "Child",
  lastName: "Process",
  email,
  organisation: undefined,
  phone: undefined,
});
process.stdout.write(`${result.ok ? "registered" : result.reason}\n`);
process.exit(0);
