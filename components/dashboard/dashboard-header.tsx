// Top bar of the dashboard. On a phone the navigation wraps onto its own row under the name.
import Link from "next/link";
import { SignedInUser } from "@/components/auth/signed-in-user";
import { DashboardLanguageForm } from "@/components/layout/dashboard-language-form";
import { NavLinks } from "./nav-links";

type Props = { userName: string; owner?: boolean; languageAction: (form: FormData) => Promise<void> };

export function DashboardHeader({ userName, owner = false, languageAction }: Props) {
  return (
    <header className="border-b border-zinc-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/events" className="text-lg font-bold tracking-tight text-brand-700">
          EventDesk
        </Link>
        <NavLinks owner={owner} className="order-last w-full sm:order-none sm:w-auto" />
        <DashboardLanguageForm action={languageAction} />
        <SignedInUser userName={userName} />
      </div>
    </header>
  );
}
