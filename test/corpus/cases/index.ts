import { Case } from "../case";
import { HERAF } from "./heraf";
import { KEYS } from "./keys";
import { LAYOUT } from "./layout";
import { LIBREOFFICE } from "./libreoffice";
import { NUMBERS } from "./numbers";
import { PERIODS } from "./periods";
import { TOTALS } from "./totals";

const grouped = (group: string, cases: Case[]) => cases.map((c) => ({ ...c, group }));

/** Every case of the corpus, by group (one file per group). */
export const CASES: Case[] = [
  ...grouped("layout", LAYOUT),
  ...grouped("totals", TOTALS),
  ...grouped("heraf", HERAF),
  ...grouped("periods", PERIODS),
  ...grouped("numbers", NUMBERS),
  ...grouped("keys", KEYS),
  ...grouped("libreoffice", LIBREOFFICE),
];
