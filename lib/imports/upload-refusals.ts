// Why the upload route refused a file, as the code it answers with (JSON `code`, or ?error= after a
// redirect), and the catalogue key (imports.upload.<key>) that words it in the organizer's language:
// shared by the import page and the upload form's script, so the route's English never reaches them.
export const uploadRefusalKeys = { too_large: "tooLarge", empty: "empty", no_file: "noFile", cross_site: "crossSite" } as const;
export type UploadRefusalCode = keyof typeof uploadRefusalKeys;

/** The catalogue key of a refusal code from outside (a URL, a response), or null for anything else. */
export function uploadRefusalKey(code: unknown): (typeof uploadRefusalKeys)[UploadRefusalCode] | null {
  return typeof code === "string" && Object.hasOwn(uploadRefusalKeys, code) ? uploadRefusalKeys[code as UploadRefusalCode] : null;
}
