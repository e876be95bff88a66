// useActionState for a form that starts something once: it carries a request id made when the
// form is shown (the server's unique key, so a double submit is one start), and a fresh id after
// each success, so the next submit is a new request.
import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/validation/form-state";
import { newRequestId } from "./request-id";

export function useRequestAction(action: (prev: ActionState, form: FormData) => Promise<ActionState>) {
  const [requestId, setRequestId] = useState(() => newRequestId());
  const [state, formAction] = useActionState(async (prev: ActionState, form: FormData) => {
    const result = await action(prev, form);
    if (result.ok) setRequestId(newRequestId());
    return result;
  }, {});
  return { state, formAction, requestId };
}
