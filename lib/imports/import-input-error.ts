// A problem with the file or the settings that no retry can fix (an empty file, binary data, a row
// without an end): the import ends as failed with this message, shown to the organizer as it is.
export class ImportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportInputError";
  }
}
