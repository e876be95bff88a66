// The column separators an import reads, with the names forms and URLs use for them (a tab does
// not travel well in a URL); their labels are in the imports catalogue. Kept apart from the detection, so that the browser's
// forms do not pull in the CSV parser.
export const delimiters = [",", ";", "\t"] as const;
export type Delimiter = (typeof delimiters)[number];
export const delimiterNames = { ",": "comma", ";": "semicolon", "\t": "tab" } as const satisfies Record<Delimiter, string>;
