import type { ProblemTable } from "./messages";

/**
 * The worksheet functions' own problems in Danish (key and amount problems are the engine's
 * findings). One language per file: the page loads its user's language (problems-tables.web.ts).
 */
export const PROBLEMS_DA: ProblemTable = {
  AMOUNT_NOT_NUMBER: (p) =>
    `${p.row ? `Beløbet i række ${p.row}` : "Beløbet"} „${p.text}“ er ikke et tal. Skriv et tal, fx 350,0 eller 1.570.129, eller lad det stå tomt.`,
  AMOUNTS_EMPTY: () =>
    "Området med beløb er tomt. Vælg en kolonne med mindst ét beløb.",
  AMOUNT_TOO_LARGE: (p) =>
    `${p.row ? `Beløbet i række ${p.row}` : "Beløbet"} (${p.text}) er for stort: Excel kan kun vise tal op til 15 cifre nøjagtigt. Skriv beløbet i en større enhed (fx mio. kr.).`,
  UNEXPECTED: (p) =>
    `Fordel kunne ikke beregne funktionen (${p.message}). Tjek argumenterne; meld fejlen, hvis de er i orden.`,
  AMOUNTS_SHAPE: (p) =>
    `Beløbene skal være én kolonne, men området har ${p.cols} kolonner. Vælg én kolonne (brug evt. TRANSPONER).`,
  NOT_ON_STEP: (p) =>
    `Beløbet ${p.amount}${p.row ? ` i række ${p.row}` : ""} går ikke op i trinnet ${p.step} (decimaler ${p.decimals}). Vælg flere decimaler eller ret beløbet.`,
  DECIMALS_RANGE: (p) =>
    `Decimaler skal være et helt tal fra ${p.min} til ${p.max} (som i AFRUND), ikke „${p.text}“. Udelad det for beløbets egne decimaler.`,
  UNIT_MISSING: () =>
    `Angiv en enhed: en regions eller kommunes navn eller kode.`,
  UNIT_NOT_IN_KEY: (p) =>
    `Enheden „${p.unit}“ er ikke i nøglen „${p.key}“. Nøglens enheder: ${p.units}.`,
  KEY_MISSING: () =>
    `Angiv en nøgle: et område med to kolonner (enhed, andel) eller navnet på en nøgle i nøgletabellen.`,
  KEY_SHAPE: (p) =>
    `Nøglen skal være et område med to kolonner (enhed, andel), men det har ${p.cols}. Vælg enheds- og andelskolonnen, eller skriv nøglens navn.`,
  KEY_SHARE_NOT_NUMBER: (p) =>
    `${p.text === "" ? `Andelen for ${p.unit} (række ${p.row} i nøglen) mangler` : `Andelen „${p.text}“ for ${p.unit} (række ${p.row} i nøglen) er ikke et tal`}. Skriv fx 0,3116 eller 31,16 %.`,
  KEY_UNIT_UNKNOWN: (p) =>
    `Enheden „${p.unit}“ (række ${p.row} i nøglen) kendes ikke. Brug en regions eller kommunes navn eller officielle kode.`,
  KEY_MIXED_GROUPS: (p) =>
    `Nøglen blander regioner og kommuner (${p.first} og ${p.unit} i række ${p.row}). Brug én slags enheder i en nøgle.`,
  KEY_NOT_FOUND: (p) =>
    `Nøglen „${p.key}“ findes ikke i nøgletabellen. Kendte nøgler: ${p.keys}. Ret navnet eller tilføj nøglen.`,
  KEY_AMBIGUOUS: (p) =>
    `Nøglen „${p.key}“ findes for flere år (${p.periods}). Skriv året med, fx „${p.example}“.`,
  KEYS_TABLE_MISSING: () =>
    `Projektmappen har ingen nøgletabel (en tabel eller et ark med navnet Nøgler eller Keys). Opret den, eller angiv nøglen som et område.`,
  KEYS_TABLE_ERRORS: (p) =>
    `Nøglen „${p.key}“ i nøgletabellen har fejl: ${p.messages}`,
  NO_WORKBOOK: (p) =>
    `Nøglen „${p.key}“ kan kun slås op i Excel. Angiv nøglen som et område.`,
  ENGINE: (p) => `${p.message}`,
};
