// What an action answered, above its form: the error, or the success message.
import { Alert } from "@/components/ui/alert";
import type { ActionState } from "@/lib/validation/form-state";

export function ActionAlerts({ state }: { state: ActionState }) {
  return (
    <>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.ok && <Alert tone="success">{state.message}</Alert>}
    </>
  );
}
