// ISO 3166-1 alpha-2 codes for the "country" question; names come from Intl.DisplayNames (Node and
// browsers ship the full ICU data), so the list needs no translation of its own.
import { intlTag, type Locale } from "@/lib/i18n/locales";

const CODES =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

export const countryCodes: readonly string[] = CODES.split(" ");
const codeSet = new Set(countryCodes);

export const isCountryCode = (code: string) => codeSet.has(code);

const names = new Map<string, Intl.DisplayNames>();

/** The country's name in a language (English by default). */
export function countryName(code: string, locale: Locale = "en"): string {
  let display = names.get(locale);
  if (!display) {
    display = new Intl.DisplayNames([intlTag(locale)], { type: "region" });
    names.set(locale, display);
  }
  try {
    return display.of(code) ?? code;
  } catch {
    return code; // not a well-formed region code (an answer stored before the list was checked)
  }
}

/** Codes with their names in a language, sorted by name as that language sorts. */
export function countryChoices(locale: Locale = "en"): { code: string; name: string }[] {
  return countryCodes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, intlTag(locale)));
}
