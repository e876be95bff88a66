// How to read the file: encoding, separator and header row, as detected (the detection is named)
// and changeable. A plain GET form: the preview reloads with the choices in its URL.
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { delimiterNames, delimiters } from "@/lib/imports/delimiters";
import type { EncodingGuess } from "@/lib/imports/detect-encoding";
import { importEncodings } from "@/lib/imports/encodings";
import type { ReadSettings } from "@/lib/imports/import-settings";
import { MAX_HEADER_ROW } from "@/lib/imports/limits";

export function ReadSettingsForm({ settings, guess }: { settings: ReadSettings; guess: EncodingGuess }) {
  const t = useTranslations("imports.settings");
  return (
    <form method="get" className="space-y-3">
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
        <Field id="encoding" label={t("encoding")}>
          <Select name="encoding" defaultValue={settings.encoding}>
            {importEncodings.map((e) => (
              <option key={e} value={e}>
                {t(`encodings.${e}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="delimiter" label={t("delimiter")}>
          <Select name="delimiter" defaultValue={delimiterNames[settings.delimiter]}>
            {delimiters.map((d) => (
              <option key={d} value={delimiterNames[d]}>
                {t(`delimiters.${delimiterNames[d]}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="header" label={t("headerRow")}>
          <Select name="header" defaultValue={String(settings.headerRow)}>
            <option value="0">{t("noHeader")}</option>
            {Array.from({ length: MAX_HEADER_ROW }, (_, i) => i + 1).map((row) => (
              <option key={row} value={String(row)}>
                {t("row", { row })}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="secondary">
          {t("update")}
        </Button>
      </div>
      <p className="text-sm text-zinc-500">
        {t("detected", { encoding: t(`encodings.${guess.encoding}`), reason: t(`reasons.${guess.reason}`) })}
      </p>
    </form>
  );
}
