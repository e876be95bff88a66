"use client";
// A confirmation as a native modal <dialog>: focus moves into it, Escape closes it, the page behind
// is inert. It is open while there is a request; the form posts the request's hidden fields (who
// is concerned: scope + ids, or scope + the filter) and whatever the caller adds.
import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

export type ConfirmRequest = {
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  fields: [string, string][];
};

type Props = {
  id: string;
  request: ConfirmRequest | null;
  onClose: () => void;
  action: (form: FormData) => void | Promise<void>;
  /** Extra fields and messages, between the description and the buttons. */
  children?: ReactNode;
  /** The confirming submit button. */
  confirm: ReactNode;
};

export function ConfirmDialog({ id, request, onClose, action, children, confirm }: Props) {
  const t = useTranslations("dashboard");
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) dialog.showModal();
    if (!request && dialog.open) dialog.close();
  }, [request]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={id}
      onClose={onClose}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border border-zinc-200 bg-white p-0 shadow-xl backdrop:bg-zinc-900/40"
    >
      {request && (
        <form action={action} className="space-y-4 p-5 sm:p-6">
          <h2 id={id} className="text-lg font-semibold break-words">
            {request.title}
          </h2>
          {request.description && <div className="text-sm text-zinc-700">{request.description}</div>}
          {children}
          {request.fields.map(([name, value]) => (
            <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
          ))}
          <div className="flex flex-col-reverse gap-3 pt-2 sm:flex-row sm:justify-end">
            <Button type="button" variant="secondary" onClick={onClose}>
              {t("cancel")}
            </Button>
            {confirm}
          </div>
        </form>
      )}
    </dialog>
  );
}
