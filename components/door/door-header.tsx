// Top bar of the door pages: small, so the scanner gets the screen. The name and the sign-out button
// are there because phones at a door get handed from one person to the next.
import Link from "next/link";
import { SignedInUser } from "@/components/auth/signed-in-user";
import { DashboardLanguageForm } from "@/components/layout/dashboard-language-form";

type Props = { userName: string; homeHref: string; languageAction?: (form: FormData) => Promise<void> };

export function DoorHeader({ userName, homeHref, languageAction }: Props) {
  return (
    <header className="border-b border-zinc-200 bg-white">
      <div className="mx-auto flex max-w-3xl items-center gap-3 px-4 py-2">
        <Link href={homeHref} className="font-bold tracking-tight text-brand-700">
          EventDesk
        </Link>
        {languageAction && <DashboardLanguageForm action={languageAction} />}
        <SignedInUser userName={userName} />
      </div>
    </header>
  );
}
