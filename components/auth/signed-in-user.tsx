// Who is signed in, and the way out: the right-hand end of the dashboard's and the door's top bars.
import { SubmitButton } from "@/components/ui/submit-button";
import { signOutAction } from "@/lib/auth/sign-out-action";

export function SignedInUser({ userName }: { userName: string }) {
  return (
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
  );
}
