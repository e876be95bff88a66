// Who is signed in, and the way out: the right-hand end of the dashboard's and the door's top bars.
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/submit-button";
import { signOutAction } from "@/lib/auth/sign-out-action";

export function SignedInUser({ userName }: { userName: string }) {
  const t = useTranslations("dashboard");
  return (
    <div className="ml-auto flex min-w-0 items-center gap-3">
      <span className="truncate text-sm text-zinc-700" title={userName}>
        {userName}
      </span>
      <form action={signOutAction}>
        <SubmitButton variant="secondary" size="sm" pendingText={t("signingOut")}>
          {t("signOut")}
        </SubmitButton>
      </form>
    </div>
  );
}
