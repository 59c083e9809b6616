import type { PassOn } from "../sheets/pass-on";

/** The words of "Fordel videre" / "Pass on", kept with the section (SPEC §1). */
export const PASS_ON_STRINGS = {
  da: {
    title: "Fordel videre",
    intro:
      "En enheds tal på fordelingen fordeles videre med en gruppes egen nøgle, fx Region Hovedstaden til Hospitaler. Tallene summer præcist til enhedens kolonne.",
    unit: "Enhed",
    group: "Gruppe",
    add: "Tilføj",
    remove: (p: PassOn) => `Fjern ${p.unit} → ${p.group}`,
    none: "Der fordeles ikke videre.",
    duplicate: "Den er allerede med.",
    unitHint: "fx Region Hovedstaden",
    groupHint: "fx Hospitaler",
  },
  en: {
    title: "Pass on",
    intro:
      "A unit's figures on the allocation are passed on by a group's own key, e.g. Region Hovedstaden to Hospitals. The figures add up exactly to the unit's column.",
    unit: "Unit",
    group: "Group",
    add: "Add",
    remove: (p: PassOn) => `Remove ${p.unit} → ${p.group}`,
    none: "Nothing is passed on.",
    duplicate: "It is already there.",
    unitHint: "e.g. Region Hovedstaden",
    groupHint: "e.g. Hospitals",
  },
};

export type PassOnStrings = (typeof PASS_ON_STRINGS)["da"];
