import type { FindingParams, OwnUnitCode } from "./findings";

type Template = (p: FindingParams) => string;

/** Messages of issue 14 (own units, `Kommuner i …`, passing money on): what is wrong and what to do. */
export const OWN_UNIT_MESSAGES: Record<
  OwnUnitCode,
  { da: Template; en: Template }
> = {
  KEY_OWN_AND_STANDARD_UNITS: {
    da: (p) =>
      `Nøglen „${p.key}“ blander egne enheder (${p.own}) med regioner eller kommuner (${p.standard}). En nøgle er for regionerne, for kommunerne eller for egne enheder (fx hospitaler). Er en egen enhed navngivet som en region eller kommune, så giv den et andet navn (fx „${p.example}, administration“); ellers flyt regionerne/kommunerne til deres egen nøgle. Nøglen bruges ikke.`,
    en: (p) =>
      `Key "${p.key}" mixes own units (${p.own}) with regions or municipalities (${p.standard}). A key is for the regions, for the municipalities or for your own units (e.g. hospitals). If an own unit is named like a region or municipality, give it another name (e.g. "${p.example}, administration"); otherwise move the regions/municipalities to a key of their own. The key is not used.`,
  },
  KEY_OWN_GROUP_NAME: {
    da: (p) =>
      `Nøglen „${p.key}“ har egne enheder, men gruppen hedder „${p.group}“, som er navnet på regionerne, kommunerne eller en enhed. Giv gruppen et andet navn i kolonnen Gruppe (fx „Hospitaler“). Nøglen bruges ikke.`,
    en: (p) =>
      `Key "${p.key}" has own units, but its group is named "${p.group}", the name of the regions, the municipalities or a unit. Give the group another name in the Group column (e.g. "Hospitals"). The key is not used.`,
  },
  SUBSET_NOT_IN_KEY: {
    da: (p) =>
      `„${p.initiative}“ skal til ${p.recipient}, men ingen af dem har en andel over 0 i nøglen „${p.key}“. Rækken er ikke fordelt. Ret modtageren eller nøglen.`,
    en: (p) =>
      `"${p.initiative}" goes to ${p.recipient}, but none of them has a share above 0 in key "${p.key}". The row is not allocated. Correct the recipient or the key.`,
  },
  PASS_ON_UNIT_UNKNOWN: {
    da: (p) =>
      `„${p.unit}“ i „Fordel videre“ (${p.passOn}) er ikke en enhed på nogen fordeling. Skriv enheden som i fordelingens kolonne, fx „Region Hovedstaden=Hospitaler“. Der er ikke fordelt videre fra den.`,
    en: (p) =>
      `"${p.unit}" in "Pass on" (${p.passOn}) is not a unit of any allocation. Write the unit as in the allocation's column, e.g. "Region Hovedstaden=Hospitals". Nothing was passed on from it.`,
  },
  PASS_ON_GROUP_UNKNOWN: {
    da: (p) =>
      `Der er ingen nøgle for gruppen „${p.group}“ i nøgletabellen (${p.passOn}), så ${p.unit}s midler er ikke fordelt videre. Tilføj en nøgle med enhederne (og evt. kolonnen Gruppe = „${p.group}“), eller ret gruppens navn. Grupper med egne enheder: ${p.groups}.`,
    en: (p) =>
      `There is no key for group "${p.group}" in the keys table (${p.passOn}), so ${p.unit}'s money was not passed on. Add a key with its units (and a Group column "${p.group}" if the key has another name), or correct the group's name. Groups of own units: ${p.groups}.`,
  },
  PASS_ON_SPLIT_BAD: {
    da: (p) =>
      `Kolonnen Videre for „${p.initiative}“ kan ikke læses: „${p.part}“. Skriv faste beløb og resten, fx „Hospice A=0,5; Hospice B=0,5; rest: Hospitaler“. Rækken er ikke fordelt videre.`,
    en: (p) =>
      `The Pass on column of "${p.initiative}" cannot be read: "${p.part}". Write fixed amounts and the rest, e.g. "Hospice A=0.5; Hospice B=0.5; rest: Hospitals". The row was not passed on.`,
  },
  PASS_ON_SPLIT_OFF_STEP: {
    da: (p) =>
      `Det faste beløb ${p.amount} til „${p.unit}“ (${p.initiative}, ${p.period}) ligger ikke på afrundingstrinnet (${p.decimals} decimaler). Skriv beløbet med højst ${p.decimals} decimaler, eller vælg flere decimaler. Rækken er ikke fordelt videre.`,
    en: (p) =>
      `The fixed amount ${p.amount} to "${p.unit}" (${p.initiative}, ${p.period}) is not on the rounding step (${p.decimals} decimals). Write it with at most ${p.decimals} decimals, or choose more decimals. The row was not passed on.`,
  },
  PASS_ON_SPLIT_TOO_LARGE: {
    da: (p) =>
      `De faste beløb i Videre for „${p.initiative}“ (${p.split}) er større end rækkens beløb ${p.amount} i ${p.period}. Ret de faste beløb. Rækken er ikke fordelt videre.`,
    en: (p) =>
      `The fixed amounts in Pass on for "${p.initiative}" (${p.split}) exceed the row's amount ${p.amount} in ${p.period}. Correct the fixed amounts. The row was not passed on.`,
  },
  PASS_ON_SPLIT_UNUSED: {
    da: (p) =>
      `Kolonnen Videre er udfyldt i ${p.count} række${p.count === 1 ? "" : "r"} (${p.names}), men der fordeles ikke videre. Vælg „Fordel videre“ (fx Region Hovedstaden → Hospitaler) for at bruge den.`,
    en: (p) =>
      `The Pass on column is filled in ${p.count} row${p.count === 1 ? "" : "s"} (${p.names}), but nothing is passed on. Choose "Pass on" (e.g. Region Hovedstaden → Hospitals) to use it.`,
  },
  PASS_ON_DONE: {
    da: (p) =>
      `${p.unit}s tal er fordelt videre til ${p.group} (${p.periods}). Det nationale beløb på det nye ark er ${p.unit}s kolonne på det første ark.`,
    en: (p) =>
      `${p.unit}'s figures were passed on to ${p.group} (${p.periods}). The national amount on the new sheet is ${p.unit}'s column on the first sheet.`,
  },
};
