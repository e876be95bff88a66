// Dashboard frame: header with navigation, the signed-in user and sign out. The session check
// here only saves a render; every page, action and route handler checks again itself.
import { redirect } from "next/navigation";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { getSessionUser } from "@/lib/auth/session";

// Session-dependent: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  if (!user || user.role === "door_staff") redirect("/sign-in");
  return (
    <div className="flex min-h-dvh flex-col">
      <DashboardHeader userName={user.name} owner={user.role === "owner"} />
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-8">{children}</main>
    </div>
  );
}
