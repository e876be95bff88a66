// A problem with the file or the settings that no retry can fix (an empty file, binary data, a row
// without an end): the import ends as failed with this failure, worded in the organizer's language
// when it is read (the message is its English text, for logs).
import type { ImportFailure } from "./import-reason";
import { storedFailure } from "./stored-import-reason";

export class ImportInputError extends Error {
  constructor(readonly failure: ImportFailure) {
    super(storedFailure(failure).text);
    this.name = "ImportInputError";
  }
}
