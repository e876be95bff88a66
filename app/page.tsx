// The start page decides where a visitor belongs: setup on the very first visit, otherwise the
// dashboard or the sign-in page.
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { countUsers } from "@/lib/db/queries/users";

export const dynamic = "force-dynamic";

export default async function StartPage() {
  if ((await countUsers(db())) === 0) redirect("/setup");
  const user = await getSessionUser();
  redirect(user && user.role !== "door_staff" ? "/events" : "/sign-in");
}
