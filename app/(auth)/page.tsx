// The start page decides where a visitor belongs: setup on the very first visit, otherwise the
// dashboard (door staff: their check-in list) or the sign-in page.
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { countUsers } from "@/lib/db/queries/users";

export const dynamic = "force-dynamic";

export default async function StartPage() {
  if ((await countUsers(db())) === 0) redirect("/setup");
  const user = await getSessionUser();
  redirect(!user ? "/sign-in" : user.role === "door_staff" ? "/door" : "/events");
}
