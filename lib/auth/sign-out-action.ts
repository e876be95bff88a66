"use server";
// Sign out: end the session (the cookie is cleared by nextCookies) and go to the sign-in page.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "./sign-out";

export async function signOutAction(): Promise<void> {
  await signOut(await headers());
  redirect("/sign-in");
}
