// Top bar of the dashboard. On a phone the navigation wraps onto its own row under the name.
import Link from "next/link";
import { signOutAction } from "@/lib/auth/sign-out-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { NavLinks } from "./nav-links";

export function DashboardHeader({ userName, owner = false }: { userName: string; owner?: boolean }) {
  return (
    <header className="border-b border-zinc-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/events" className="text-lg font-bold tracking-tight text-brand-700">
          EventDesk
        </Link>
        <NavLinks owner={owner} className="order-last w-full sm:order-none sm:w-auto" />
        <div className="ml-auto flex min-w-0 items-center gap-3">
          <span className="truncate text-sm text-zinc-700" title={userName}>
            {userName}
          </span>
          <form action={signOutAction}>
            <SubmitButton variant="secondary" size="sm" pendingText="Signing out…">
              Sign out
            </SubmitButton>
          </form>
        </div>
      </div>
    </header>
  );
}
