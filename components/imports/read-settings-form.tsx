// How to read the file: encoding, separator and header row, as detected (the detection is named)
// and changeable. A plain GET form: the preview reloads with the choices in its URL.
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { delimiterLabels, delimiterNames, delimiters } from "@/lib/imports/delimiters";
import type { EncodingGuess } from "@/lib/imports/detect-encoding";
import { encodingLabels, importEncodings } from "@/lib/imports/encodings";
import type { ReadSettings } from "@/lib/imports/import-settings";
import { MAX_HEADER_ROW } from "@/lib/imports/limits";

const reasons: Record<EncodingGuess["reason"], string> = {
  bom: "marked in the file",
  "utf-8": "the file is valid UTF-8",
  "utf-16-pattern": "the file’s bytes look like UTF-16",
  "greek-letters": "the file’s letters look Greek",
  "western-default": "the file is not UTF-8 and its letters do not look Greek",
};

export function ReadSettingsForm({ settings, guess }: { settings: ReadSettings; guess: EncodingGuess }) {
  return (
    <form method="get" className="space-y-3">
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
        <Field id="encoding" label="Encoding">
          <Select name="encoding" defaultValue={settings.encoding}>
            {importEncodings.map((e) => (
              <option key={e} value={e}>
                {encodingLabels[e]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="delimiter" label="Columns separated by">
          <Select name="delimiter" defaultValue={delimiterNames[settings.delimiter]}>
            {delimiters.map((d) => (
              <option key={d} value={delimiterNames[d]}>
                {delimiterLabels[d]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="header" label="Header row">
          <Select name="header" defaultValue={String(settings.headerRow)}>
            <option value="0">No header: data starts on row 1</option>
            {Array.from({ length: MAX_HEADER_ROW }, (_, i) => i + 1).map((row) => (
              <option key={row} value={String(row)}>
                Row {row}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="secondary">
          Update preview
        </Button>
      </div>
      <p className="text-sm text-zinc-500">
        Detected encoding: {encodingLabels[guess.encoding]} ({reasons[guess.reason]}).
      </p>
    </form>
  );
}
