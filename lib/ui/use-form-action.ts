// useActionState plus a counter that changes with every answer from the server. Forms render their
// fields under key={state.version}: after each answer the fields remount with the returned values
// as defaults. (React resets a form after its action; selects and radios would otherwise jump back
// to the values they had when first mounted.)
import { useActionState } from "react";
import type { FormState } from "@/lib/validation/form-state";

export type VersionedFormState = FormState & { version: number };

export function useFormAction(action: (prev: FormState, form: FormData) => Promise<FormState>, initial: FormState) {
  return useActionState<VersionedFormState, FormData>(
    async (prev, form) => {
      const next = await action(prev, form);
      return { ...next, version: prev.version + 1 };
    },
    { ...initial, version: 0 },
  );
}
