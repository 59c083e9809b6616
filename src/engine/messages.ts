import type { FindingCode, FindingParams } from "./findings";
import { OWN_UNIT_MESSAGES } from "./messages-own";
import type { Method } from "./apportion";
import { formatAmount } from "./format";
import { METHOD_NAMES } from "./vocabulary";

export type Lang = "da" | "en";

type Template = (p: FindingParams) => string;

/** Finding messages: what is wrong and what to do, in both UI languages. */
const MESSAGES: Record<FindingCode, { da: Template; en: Template }> = {
  ...OWN_UNIT_MESSAGES,
  BAD_NUMBER: {
    da: (p) =>
      `„${p.text}“ er ikke et tal. Skriv et tal (fx 1.570.129 eller 9,0) eller lad cellen stå tom.`,
    en: (p) =>
      `"${p.text}" is not a number. Enter a number (e.g. 1,570,129 or 9.0) or leave the cell empty.`,
  },
  UNKNOWN_UNIT: {
    da: (p) =>
      p.recipient !== undefined
        ? `Modtageren „${p.recipient}“ nævner enheden „${p.unit}“, som ikke kendes, så beløbet er ikke fordelt til enhederne, men vist under Øvrige modtagere. Ret navnet til en regions eller kommunes navn eller officielle kode.`
        : `Enheden „${p.unit}“ kendes ikke. Brug en regions eller kommunes navn eller officielle kode.`,
    en: (p) =>
      p.recipient !== undefined
        ? `Recipient "${p.recipient}" names the unit "${p.unit}", which is not known, so the amount was not allocated to the units but shown under Other recipients. Correct the name to a region's or municipality's name or official code.`
        : `Unit "${p.unit}" is not known. Use a region's or municipality's name or official code.`,
  },
  UNKNOWN_KEY: {
    da: (p) =>
      `Nøglen „${p.key}“ findes ikke i nøgletabellen. Ret navnet eller tilføj nøglen.`,
    en: (p) =>
      `Key "${p.key}" is not in the keys table. Correct the name or add the key.`,
  },
  AMBIGUOUS_KEY: {
    da: (p) =>
      `Flere nøgler passer til ${p.group} i ${p.period} (${p.keys}). Angiv nøglen i kolonnen Nøgle.`,
    en: (p) =>
      `Several keys fit ${p.group} in ${p.period} (${p.keys}). Name the key in the Key column.`,
  },
  KEY_SUM: {
    da: (p) =>
      `Nøglen „${p.key}“ summer til ${p.sum}, ikke ${p.expected ?? 1}${p.expected === 100 ? " (procent)" : ""}. Andelene er normeret, så de summer til 1; tjek om en enhed mangler eller en andel er tastet forkert.`,
    en: (p) =>
      `Key "${p.key}" sums to ${p.sum}, not ${p.expected ?? 1}${p.expected === 100 ? " (per cent)" : ""}. The shares were normalised to sum to 1; check whether a unit is missing or a share mistyped.`,
  },
  KEY_PRECISION: {
    da: (p) =>
      `Nøglen „${p.key}“ er trykt med ${p.places} decimaler; på ${p.amount} kan afrundingen af andelene alene flytte en enhed op til ${p.shift}, mere end et halvt trin (${p.halfStep}). Brug en mere præcis nøgle (fx beløbene nøglen er lavet af).`,
    en: (p) =>
      `Key "${p.key}" is printed with ${p.places} decimals; on ${p.amount} the rounding of the shares alone can move a unit by up to ${p.shift}, more than half a step (${p.halfStep}). Use a more precise key (e.g. the amounts it was made from).`,
  },
  KEY_EMPTY: {
    da: (p) =>
      p.header
        ? `Nøgletabellen „${p.key}“ har ingen nøgle, der kan læses: ingen linjer med en enhed og en andel under overskriftsrækken (${p.header}). Giv tabellen kolonnerne Enhed og Andel (eller enheder i første kolonne og én kolonne pr. nøgle eller år).`
        : `Nøglen „${p.key}“ har ingen enheder. Tilføj enheder med andele.`,
    en: (p) =>
      p.header
        ? `Keys table "${p.key}" has no key that can be read: no lines with a unit and a share below the header row (${p.header}). Give the table the columns Unit and Share (or units in the first column and one column per key or year).`
        : `Key "${p.key}" has no units. Add units with shares.`,
  },
  KEY_NEGATIVE: {
    da: (p) =>
      `Nøglen „${p.key}“ har en negativ andel for ${p.unit} (${p.value}). Andele skal være 0 eller positive.`,
    en: (p) =>
      `Key "${p.key}" has a negative share for ${p.unit} (${p.value}). Shares must be zero or positive.`,
  },
  KEY_ALL_ZERO: {
    da: (p) => `Alle andele i nøglen „${p.key}“ er 0. Udfyld andelene.`,
    en: (p) => `Every share in key "${p.key}" is 0. Fill in the shares.`,
  },
  KEY_DUPLICATE_UNIT: {
    da: (p) =>
      `${p.unit} står mere end én gang i nøglen „${p.key}“. Slet den ekstra linje.`,
    en: (p) =>
      `${p.unit} appears more than once in key "${p.key}". Remove the extra line.`,
  },
  CHILDREN_SUM_MISMATCH: {
    da: (p) =>
      `Heraf-posterne under „${p.initiative}“ summer til ${p.children}, men beløbet er ${p.parent} (${p.period}). Begge er fordelt hver for sig; ret beløbene, så de stemmer.`,
    en: (p) =>
      `The sub-items of "${p.initiative}" add up to ${p.children}, but its amount is ${p.parent} (${p.period}). Both were allocated separately; correct the amounts so they agree.`,
  },
  PERIOD_TOTAL_MISMATCH: {
    da: (p) =>
      `Perioderne for „${p.initiative}“ summer til ${p.sum}, men I alt er ${p.total}. Ret I alt eller periodebeløbene.`,
    en: (p) =>
      `The periods of "${p.initiative}" add up to ${p.sum}, but the total is ${p.total}. Correct the total or the period amounts.`,
  },
  NOT_ON_STEP: {
    da: (p) =>
      `Beløbet ${p.amount} for „${p.initiative}“ (${p.period}) går ikke op i trinnet ${p.step}. Det er ikke fordelt; vælg flere decimaler eller ret beløbet.`,
    en: (p) =>
      `Amount ${p.amount} of "${p.initiative}" (${p.period}) is not a multiple of the step ${p.step}. It was not allocated; choose more decimals or correct the amount.`,
  },
  DUPLICATE_INITIATIVE: {
    da: (p) =>
      `„${p.initiative}“ står to gange under samme overordnede post. Giv rækkerne forskellige navne.`,
    en: (p) =>
      `"${p.initiative}" appears twice under the same parent. Give the rows different names.`,
  },
  NEGATIVE_AMOUNT: {
    da: (p) =>
      `„${p.initiative}“ har et negativt beløb (${p.amount}) i ${p.period}; det er fordelt som en korrektion.`,
    en: (p) =>
      `"${p.initiative}" has a negative amount (${p.amount}) in ${p.period}; it was allocated as a correction.`,
  },
  TEXT_LOOKS_LIKE_FORMULA: {
    da: (p) => `„${p.text}“ ligner en formel, men er skrevet som tekst.`,
    en: (p) => `"${p.text}" looks like a formula but was written as text.`,
  },
  MISSING_TABLE: {
    da: (p) =>
      `Tabellen „${p.table}“ findes ikke (hverken som tabel eller ark). Opret den eller vælg et område.`,
    en: (p) =>
      `Table "${p.table}" was not found (neither as a table nor as a sheet). Create it or pick a range.`,
  },
  MISSING_COLUMN: {
    da: (p) =>
      `Tabellen „${p.table}“ mangler kolonnen „${p.column}“. Tilføj den.`,
    en: (p) => `Table "${p.table}" lacks the column "${p.column}". Add it.`,
  },
  UNKNOWN_PARENT: {
    da: (p) =>
      `Den overordnede post „${p.parent}“ for „${p.initiative}“ findes ikke. Ret navnet i Overordnet.`,
    en: (p) =>
      `Parent "${p.parent}" of "${p.initiative}" does not exist. Correct the name in Parent.`,
  },
  // With `count` (src/engine/collapse.ts): one finding for several rows of the same cause.
  NO_MUNICIPAL_KEY: {
    da: (p) =>
      p.count !== undefined
        ? `Der er ingen kommunal nøgle for ${p.period}, så ${p.count} rækker (${p.initiatives}; celle ${p.cells}) vises under Øvrige modtagere. Tilføj en kommunenøgle for ${p.period} for at fordele dem.`
        : `Der er ingen kommunal nøgle for ${p.period}; „${p.initiative}“ vises under Øvrige modtagere. Tilføj en kommunenøgle for at fordele den.`,
    en: (p) =>
      p.count !== undefined
        ? `There is no municipal key for ${p.period}, so ${p.count} rows (${p.initiatives}; cells ${p.cells}) are shown under Other recipients. Add a municipal key for ${p.period} to allocate them.`
        : `There is no municipal key for ${p.period}; "${p.initiative}" is shown under Other recipients. Add a municipal key to allocate it.`,
  },
  OTHER_RECIPIENT: {
    da: (p) =>
      p.count !== undefined
        ? `${p.count} rækker (${p.initiatives}; celle ${p.cells}) går til ${p.recipient}, ikke til enhederne; beløbene vises under Øvrige modtagere.`
        : `„${p.initiative}“ går til ${p.recipient}, ikke til enhederne; beløbet vises under Øvrige modtagere.`,
    en: (p) =>
      p.count !== undefined
        ? `${p.count} rows (${p.initiatives}; cells ${p.cells}) go to ${p.recipient}, not to the units; the amounts are shown under Other recipients.`
        : `"${p.initiative}" goes to ${p.recipient}, not to the units; the amount is shown under Other recipients.`,
  },
  ROWS_NOT_READ: {
    da: (p) =>
      `Rækkerne ${p.first}–${p.last} under tabellen „${p.table}“ (${p.end}) ligner data, men er ikke læst med, fordi noget andet end tomme rækker står imellem. Hører de til tabellen, så fjern det, der står imellem.`,
    en: (p) =>
      `Rows ${p.first}–${p.last} below table "${p.table}" (${p.end}) look like data but were not read, because something other than blank rows stands between. If they belong to the table, remove what stands between.`,
  },
  PERIOD_NOT_IN_TABLE: {
    da: (p) =>
      `${Number(p.count) === 1 ? "Perioden" : "Perioderne"} ${p.periods} findes ikke i tabellen, som har ${p.known}. Intet er udfyldt. Vælg perioderne igen i opgaveruden (på kommandolinjen: ret --period), og udfyld igen.`,
    en: (p) =>
      `${Number(p.count) === 1 ? "Period" : "Periods"} ${p.periods} ${Number(p.count) === 1 ? "is" : "are"} not in the table, which has ${p.known}. Nothing was filled. Choose the periods again in the task pane (on the command line: correct --period), and fill again.`,
  },
  NO_PERIOD_CHOSEN: {
    da: (p) =>
      `Ingen periode er valgt, så intet er udfyldt. Vælg mindst én af tabellens perioder (${p.known}) i opgaveruden.`,
    en: (p) =>
      `No period is chosen, so nothing was filled. Choose at least one of the table's periods (${p.known}) in the task pane.`,
  },
  DECIMALS_OUT_OF_RANGE: {
    da: (p) =>
      `Decimaler ${p.decimals} kan ikke bruges: vælg et helt tal fra ${p.min} til ${p.max} (1 giver trin 0,1; -3 giver trin 1.000). Intet er udfyldt.`,
    en: (p) =>
      `Decimals ${p.decimals} cannot be used: choose a whole number from ${p.min} to ${p.max} (1 gives step 0.1; -3 gives step 1,000). Nothing was filled.`,
  },
  // Reading sheets as officers lay them out (issue 10).
  TABLE_FOUND: {
    da: (p) =>
      `Tabellen „${p.table}“ blev ikke fundet ved navn; ${p.found} er brugt, fordi dens overskriftsrække passer. Er det forkert, så navngiv tabellen „${p.table}“ eller vælg området.`,
    en: (p) =>
      `No table is named "${p.table}"; ${p.found} was used because its header row fits. If that is wrong, name the table "${p.table}" or pick the range.`,
  },
  AMBIGUOUS_TABLE: {
    da: (p) =>
      `Flere steder ligner tabellen „${p.table}“: ${p.candidates}. Navngiv den rigtige „${p.table}“ eller vælg området (kommandolinjen: ${p.option}).`,
    en: (p) =>
      `Several places look like the table "${p.table}": ${p.candidates}. Name the right one "${p.table}" or pick the range (command line: ${p.option}).`,
  },
  TABLE_NOT_FOUND: {
    da: (p) =>
      `„${p.where}“ er hverken et ark, en tabel eller et område i projektmappen. Skriv et arknavn, et tabelnavn eller et område som 'Ark1'!B3:H40.`,
    en: (p) =>
      `"${p.where}" is neither a sheet, a table nor a range in the workbook. Give a sheet name, a table name or a range such as 'Sheet1'!B3:H40.`,
  },
  DUPLICATE_PERIOD: {
    da: (p) =>
      `Perioden ${p.period} står i flere kolonner (${p.cells}). Ingen af dem er fordelt; slet eller omdøb den ene.`,
    en: (p) =>
      `Period ${p.period} has more than one column (${p.cells}). None of them was allocated; delete or rename one.`,
  },
  PERIOD_FROM_DATE: {
    da: (p) =>
      `Overskriften „${p.text}“ er en dato; den er læst som året ${p.period}. Skriv årstallet som tekst, hvis det er forkert.`,
    en: (p) =>
      `The header "${p.text}" is a date; it was read as the year ${p.period}. Type the year as text if that is wrong.`,
  },
  COLUMN_NOT_READ: {
    da: (p) =>
      p.header === ""
        ? `Kolonne ${p.column} har tal, men ingen overskrift (en flettet overskrift gælder kun sin første kolonne), så tallene er ikke læst. Giv kolonnen en periode som overskrift, fx 2026, eller flyt tallene.`
        : `Kolonnen „${p.header}“ (${p.column}) har tal, men overskriften er ikke en periode eller en kendt kolonne, så tallene er ikke fordelt. Skriv en periode som overskrift (fx 2026 eller Fra 2027), hvis de skal fordeles.`,
    en: (p) =>
      p.header === ""
        ? `Column ${p.column} holds numbers but has no header (a merged header counts for its first column only), so they were not read. Give the column a period as header, e.g. 2026, or move the numbers.`
        : `Column "${p.header}" (${p.column}) holds numbers, but its header is neither a period nor a known column, so they were not allocated. Write a period as header (e.g. 2026 or From 2027) if they should be.`,
  },
  UNCOMPUTED_FORMULA: {
    da: () =>
      `Cellen har en formel, der aldrig er beregnet (filen er skrevet af et program). Beløbet er ikke brugt; åbn og gem filen i Excel eller LibreOffice, og kør igen.`,
    en: () =>
      `The cell holds a formula that was never calculated (the file was written by a program). The amount was not used; open and save the file in Excel or LibreOffice and run again.`,
  },
  AMBIGUOUS_NUMBER: {
    da: (p) =>
      `„${p.text}“ kan læses på dansk og engelsk (${p.cells}${Number(p.count) > 1 ? `, ${p.count} celler` : ""}), og ${Number(p.mixed) ? "tabellen bruger begge skrivemåder" : "tabellen viser ikke hvilken"}; de er læst på ${p.notation === "da" ? "dansk (punktum = tusinder)" : "engelsk (punktum = decimal)"}. Skriv tallene som rigtige tal eller med decimaler (fx 12.345,0), hvis det er forkert.`,
    en: (p) =>
      `"${p.text}" reads differently in Danish and English (${p.cells}${Number(p.count) > 1 ? `, ${p.count} cells` : ""}), and ${Number(p.mixed) ? "the table uses both notations" : "the table does not show which"}; they were read the ${p.notation === "da" ? "Danish way (dot = thousands)" : "English way (dot = decimal point)"}. Enter them as real numbers or with decimals (e.g. 12,345.0) if that is wrong.`,
  },
  PARENT_CYCLE: {
    da: (p) =>
      `„${p.initiative}“ ligger (via Overordnet) under sig selv: „${p.parent}“ er en af dens egne underposter. Rækken er ikke fordelt; ret Overordnet.`,
    en: (p) =>
      `"${p.initiative}" lies (through Parent) under itself: "${p.parent}" is one of its own sub-items. The row was not allocated; correct Parent.`,
  },
  PARENT_LEFT_OUT: {
    da: (p) =>
      `„${p.initiative}“ er ikke fordelt, fordi dens overordnede post „${p.parent}“ ikke kunne placeres (se fundet ved den). Ret Overordnet dér.`,
    en: (p) =>
      `"${p.initiative}" was not allocated because its parent "${p.parent}" could not be placed (see the finding there). Correct Parent there.`,
  },
  HERAF_READ: {
    da: (p) =>
      p.how === "equal"
        ? `Rækkerne ${p.first}–${p.last} efter „heraf“ er læst som underposter til „${p.parent}“, fordi de summer til dens beløb. Ryk dem ind eller brug kolonnen Overordnet, hvis det er forkert.`
        : `Rækkerne ${p.first}–${p.last} efter „heraf“ er læst som underposter til „${p.parent}“ (til næste tomme række eller total). Ryk dem ind eller brug kolonnen Overordnet, hvis det er forkert.`,
    en: (p) =>
      p.how === "equal"
        ? `Rows ${p.first}–${p.last} after "of which" were read as sub-items of "${p.parent}", because they add up to its amount. Indent them or use the Parent column if that is wrong.`
        : `Rows ${p.first}–${p.last} after "of which" were read as sub-items of "${p.parent}" (up to the next blank or total row). Indent them or use the Parent column if that is wrong.`,
  },
  HERAF_UNCLEAR: {
    da: (p) =>
      `Rækkerne ${p.first}–${p.last} efter „heraf“ er læst som underposter til „${p.parent}“, men de summer til mere end dens beløb, så hvor heraf-listen slutter, er et gæt. Ryk underposterne ind eller brug kolonnen Overordnet.`,
    en: (p) =>
      `Rows ${p.first}–${p.last} after "of which" were read as sub-items of "${p.parent}", but they add up to more than its amount, so where the list ends is a guess. Indent the sub-items or use the Parent column.`,
  },
  USER_TOTAL_MISMATCH: {
    da: (p) =>
      `Totalrækken „${p.label}“ er ${p.total}, men ${p.channel ? `rækkerne med kanal ${p.channel}` : "rækkerne over den"} summer til ${p.sum}. Totalen er ikke fordelt; ret den${p.channel ? " eller angiv kanalen i kolonnen Kanal" : ""}.`,
    en: (p) =>
      `The total row "${p.label}" is ${p.total}, but ${p.channel ? `the rows of channel ${p.channel}` : "the rows above it"} add up to ${p.sum}. The total was not allocated; correct it${p.channel ? " or set the channel in the Channel column" : ""}.`,
  },
  USER_TOTALS_READ: {
    da: (p) =>
      `${p.count} totalrække(r) er læst som totaler, kontrolleret og ikke fordelt: ${p.labels}.`,
    en: (p) =>
      `${p.count} total row(s) were read as totals, checked and not allocated: ${p.labels}.`,
  },
  // Keys as users paste them (issue 10).
  KEY_MISSING_UNITS: {
    da: (p) =>
      `Nøglen „${p.key}“ mangler ${p.count} af ${p.of} ${p.group === "Kommuner" ? "kommuner" : "regioner"}: ${p.units}${Number(p.more ?? 0) > 0 ? ` og ${p.more} andre` : ""}. De får intet, og de øvrige enheders andele${p.sum === undefined ? "" : ` (sum ${p.sum})`} er normeret, så de summer til 1. Tilføj de manglende enheder (med 0, hvis de ikke skal have noget).`,
    en: (p) =>
      `Key "${p.key}" lacks ${p.count} of the ${p.of} ${p.group === "Kommuner" ? "municipalities" : "regions"}: ${p.units}${Number(p.more ?? 0) > 0 ? ` and ${p.more} more` : ""}. They get nothing, and the other units' shares${p.sum === undefined ? "" : ` (sum ${p.sum})`} were normalised to sum to 1. Add the missing units (with 0 if they should get nothing).`,
  },
  KEY_BLANK_SHARE: {
    da: (p) =>
      p.uncomputed
        ? `Andelen for ${p.unit} i nøglen „${p.key}“ er en formel, der aldrig er regnet ud. Åbn og gem filen i Excel. Nøglen bruges ikke, før den er rettet.`
        : `Andelen for ${p.unit} i nøglen „${p.key}“ er tom. Skriv andelen (0, hvis enheden ikke skal have noget). Nøglen bruges ikke, før den er rettet.`,
    en: (p) =>
      p.uncomputed
        ? `The share of ${p.unit} in key "${p.key}" is a formula that was never calculated. Open and save the file in Excel. The key is not used until this is fixed.`
        : `The share of ${p.unit} in key "${p.key}" is blank. Enter the share (0 if the unit should get nothing). The key is not used until this is fixed.`,
  },
  KEY_BLANK_UNIT: {
    da: (p) =>
      `Linjen har andelen ${p.value}, men ingen enhed. Skriv enhedens navn eller kode, eller slet andelen. Nøglen „${p.key}“ bruges ikke, før den er rettet.`,
    en: (p) =>
      `The line has the share ${p.value} but no unit. Enter the unit's name or code, or delete the share. Key "${p.key}" is not used until this is fixed.`,
  },
  KEY_MIXED_GROUPS: {
    da: (p) =>
      `Nøglen „${p.key}“ blander regioner og kommuner (${p.units}). En nøgle er for regioner eller for kommuner; del den i to nøgler. Nøglen bruges ikke.`,
    en: (p) =>
      `Key "${p.key}" mixes regions and municipalities (${p.units}). A key is for regions or for municipalities; split it in two. The key is not used.`,
  },
  KEY_READING: {
    da: (p) =>
      p.kind === "percent"
        ? `Nøglen „${p.key}“ er læst som procenter (sum ${p.sum}) og normeret, så andelene summer til 1.`
        : `Nøglen „${p.key}“ er læst som rå vægte (fx beløb eller indbyggertal, sum ${p.sum}) og normeret, så andelene summer til 1. Er det andele, så tjek tallene.`,
    en: (p) =>
      p.kind === "percent"
        ? `Key "${p.key}" was read as percentages (sum ${p.sum}) and normalised so the shares sum to 1.`
        : `Key "${p.key}" was read as raw weights (e.g. amounts or population, sum ${p.sum}) and normalised so the shares sum to 1. If they are shares, check the figures.`,
  },
  KEY_AGGREGATE_LINES: {
    da: (p) =>
      p.count === 1
        ? `1 linje i nøgletabellen er ikke en enhed, men en total eller gruppe, og er sprunget over (dens tal er ikke brugt): ${p.lines}.`
        : `${p.count} linjer i nøgletabellen er ikke enheder, men totaler eller grupper, og er sprunget over (deres tal er ikke brugt): ${p.lines}.`,
    en: (p) =>
      p.count === 1
        ? `1 line of the keys table is not a unit but a total or group, and was skipped (its figure is not used): ${p.lines}.`
        : `${p.count} lines of the keys table are not units but totals or groups, and were skipped (their figures are not used): ${p.lines}.`,
  },
  KEY_CODE_NAME_MISMATCH: {
    da: (p) =>
      `„${p.text}“: koden ${p.code} er ${p.unit}, men navnet „${p.name}“ passer ikke til den. Koden er brugt; ret koden eller navnet.`,
    en: (p) =>
      `"${p.text}": code ${p.code} is ${p.unit}, but the name "${p.name}" does not match it. The code was used; correct the code or the name.`,
  },
  KEY_COLUMN_NOT_READ: {
    da: (p) =>
      `Kolonnen ${p.header === "" ? "uden overskrift" : `„${p.header}“`} i nøgletabellen har ${p.count} tal, men bruges ikke som andele. Skal den bruges, så giv den overskriften Andel (eller en nøgles navn eller et år i en bred tabel).`,
    en: (p) =>
      `The column ${p.header === "" ? "without a header" : `"${p.header}"`} in the keys table holds ${p.count} numbers but is not used as shares. To use it, head it Share (or a key's name or a year in a wide table).`,
  },
  NO_KEY: {
    da: (p) =>
      `Der er ingen nøgle for ${p.group === "Kommuner" ? "kommunerne" : p.group === "Regioner" ? "regionerne" : `gruppen "${p.group}"`} i ${p.period}, så ${p.count} række${p.count === 1 ? "" : "r"} (${p.names}) er ikke fordelt. Tilføj en nøgle for ${p.period} (eller en uden år) i nøgletabellen, eller angiv nøglen i kolonnen Nøgle.`,
    en: (p) =>
      `There is no key for ${p.group === "Kommuner" ? "the municipalities" : p.group === "Regioner" ? "the regions" : `group "${p.group}"`} in ${p.period}, so ${p.count} row${p.count === 1 ? " was" : "s were"} not allocated (${p.names}). Add a key for ${p.period} (or one without a year) to the keys table, or name the key in the Key column.`,
  },
  COARSE_STEP: {
    da: (p) =>
      `Trinnet ${p.step} er groft for ${Number(p.count) === 1 ? "et beløb" : `${p.count} beløb`} i ${p.period}: fx er ${p.amount} for „${p.initiative}“ kun ${p.steps} trin fordelt på ${p.units} enheder, så hver enheds beløb kan afvige op til et helt trin fra sin andel. Vælg ${decimalsText(p.decimals, "da")} (trin ${p.newStep}) eller flere, så fordelingen bliver mere præcis.`,
    en: (p) =>
      `The step ${p.step} is coarse for ${Number(p.count) === 1 ? "one amount" : `${p.count} amounts`} in ${p.period}: e.g. ${p.amount} of "${p.initiative}" is only ${p.steps} ${Number(p.steps) === 1 ? "step" : "steps"} split over ${p.units} units, so each unit's figure can be up to a whole step off its share. Choose ${decimalsText(p.decimals, "en")} (step ${p.newStep}) or more for a more precise split.`,
  },
  CELLS_NOT_READ: {
    da: (p) =>
      `${p.count} udfyldte celler på arket „${p.sheet}“ (fra ${p.first}) ligger langt fra resten af arket (over ${p.gap} tomme rækker eller kolonner imellem) og er ikke læst. Hører de til en tabel, så flyt dem tæt på den; ellers slet dem.`,
    en: (p) =>
      `${p.count} filled cells on sheet "${p.sheet}" (from ${p.first}) lie far from the rest of the sheet (more than ${p.gap} blank rows or columns between) and were not read. If they belong to a table, move them next to it; otherwise delete them.`,
  },
  SHEET_KEPT: {
    da: (p) =>
      p.reason === "protected"
        ? `Arket „${p.sheet}“ er beskyttet, så Fordel har ikke rørt det; denne udfyldning er skrevet i „${p.written}“. Fjern beskyttelsen (og slet „${p.written}“), hvis Fordel skal skrive i „${p.sheet}“ igen.`
        : p.reason === "duplicate"
          ? `Arket „${p.sheet}“ er fra en tidligere udfyldning af samme periode og er ikke opdateret; denne udfyldning er skrevet i „${p.written}“. Slet „${p.sheet}“, når du ikke skal bruge det mere.`
          : p.reason === "legacy"
            ? `Arket „${p.sheet}“ bærer Fordels mærke, men Fordel har ikke lavet det i denne projektmappe (det er en kopi eller lavet af en ældre version af Fordel), så det er dit og er ikke rørt; denne udfyldning er skrevet i „${p.written}“. Peg dine formler på „${p.written}“ og slet „${p.sheet}“, når du ikke skal bruge det mere.`
            : `Arket „${p.sheet}“ er ændret, efter Fordel skrev det (${p.rows ? `række ${p.rows}` : "fx noter, rækker under tabellen eller din egen tabel"}), så det er bevaret, som det er; denne udfyldning er skrevet i „${p.written}“. Flyt det, du har tilføjet, til et andet ark og slet „${p.sheet}“, hvis Fordel skal skrive der igen.`,
    en: (p) =>
      p.reason === "protected"
        ? `Sheet "${p.sheet}" is protected, so Fordel left it alone; this fill was written to "${p.written}". Unprotect it (and delete "${p.written}") if Fordel should write to "${p.sheet}" again.`
        : p.reason === "duplicate"
          ? `Sheet "${p.sheet}" is from an earlier fill of the same period and was not updated; this fill was written to "${p.written}". Delete "${p.sheet}" when you no longer need it.`
          : p.reason === "legacy"
            ? `Sheet "${p.sheet}" carries Fordel's mark, but Fordel did not make it in this workbook (it is a copy, or was made by an older version of Fordel), so it is yours and was not touched; this fill was written to "${p.written}". Point your formulas at "${p.written}" and delete "${p.sheet}" when you no longer need it.`
            : `Sheet "${p.sheet}" was changed after Fordel wrote it (${p.rows ? `row ${p.rows}` : "e.g. notes, rows under the table or your own table"}), so it was kept as it is; this fill was written to "${p.written}". Move what you added to another sheet and delete "${p.sheet}" if Fordel should write there again.`,
  },
  SHEET_REPAIRED: {
    da: (p) =>
      `Arket „${p.sheet}“ blev ikke skrevet færdigt ved en tidligere udfyldning, der stoppede; det er nu skrevet helt igen.`,
    en: (p) =>
      `Sheet "${p.sheet}" was left half written by an earlier fill that stopped; it has now been written in full.`,
  },
  WORKBOOK_PROTECTED: {
    da: (p) =>
      `Projektmappens struktur er beskyttet, så Fordel kan ikke tilføje eller omdøbe arkene ${p.sheets}. Intet er skrevet. Fjern beskyttelsen (Gennemse > Beskyt projektmappe), og udfyld igen.`,
    en: (p) =>
      `The workbook's structure is protected, so Fordel cannot add or rename the sheets ${p.sheets}. Nothing was written. Unprotect it (Review > Protect Workbook) and fill again.`,
  },
  TABLE_TOTALS_READ: {
    da: (p) =>
      p.what
        ? `Totaler fundet i området: ${p.what}. De vises som summen af deres afrundede dele; ret markeringen, hvis noget er læst forkert.`
        : `Ingen totaler fundet i området, så hver celle er afrundet for sig (som AFRUND). Har tabellen totaler, så giv dem SUM-formler eller skriv I alt/Total ud for dem.`,
    en: (p) =>
      p.what
        ? `Totals found in the range: ${p.what}. They are shown as the sum of their rounded parts; correct the selection if something was read wrongly.`
        : `No totals found in the range, so each cell was rounded on its own (as ROUND). If the table has totals, give them SUM formulas or label them I alt/Total.`,
  },
  TABLE_TOTAL_MISMATCH: {
    da: (p) =>
      `Den indtastede total er ${p.total}, men dens dele summer til ${p.sum}. Totalen er beholdt, hvor delene kunne flyttes højst ét trin for at nå den; ret totalen eller delene, hvis en af dem er forkert.`,
    en: (p) =>
      `The typed total is ${p.total}, but its parts add up to ${p.sum}. The total was kept where the parts could move by at most one step to meet it; correct the total or the parts if either is wrong.`,
  },
  TABLE_TOTAL_NOT_KEPT: {
    da: (p) =>
      `Denne total kunne ikke holdes både som summen af sine viste dele og som ${p.value} rundet op eller ned; den vises som summen, ${p.total}. Det sker med subtotaler i både rækker og kolonner (eller en indtastet total, delene ikke kan nå); vis færre decimaler, del tabellen op eller ret totalen.`,
    en: (p) =>
      `This total could not be kept both as the sum of its shown parts and as ${p.value} rounded down or up; it is shown as the sum, ${p.total}. This happens with subtotals in both rows and columns (or a typed total its parts cannot meet); show fewer decimals, split the table or correct the total.`,
  },
  TABLE_IN_PLACE_REFUSED: {
    da: () =>
      `Markeringen er ikke afrundet på stedet, fordi den har andre formler end sine totaler eller tal, der ikke kan læses. Den afrundede tabel står på et nyt ark; ret markeringen, hvis den skal afrundes på stedet.`,
    en: () =>
      `The selection was not rounded in place, because it holds formulas other than its totals, or figures that cannot be read. The rounded table is on a new sheet; correct the selection if it is to be rounded in place.`,
  },
  SHEET_INCOMPLETE: {
    da: (p) =>
      `Udfyldningen stoppede, før ${p.sheets} var skrevet færdigt (${p.error}). Det står øverst på arket; udfyld igen, så gøres det færdigt. Intet af dit eget er ændret.`,
    en: (p) =>
      `The fill stopped before ${p.sheets} was written in full (${p.error}). The sheet says so at the top; fill again and it will be completed. Nothing of yours was changed.`,
  },
  REVISION_AGAINST_CHANGE: {
    da: (p) =>
      `${p.initiative} / ${p.unit} (${p.period}): den eksakte værdi er ${p.direction === "down" ? "faldet" : "steget"} til ${p.exact}, men tallet ${p.direction === "down" ? "stiger" : "falder"} fra ${p.published} til ${p.shown}. Ingen afrunding, hvor alle rækker og totaler summer, undgår det. Forklar enheden hvorfor, eller ret beløbet, hvis det er forkert.`,
    en: (p) =>
      `${p.initiative} / ${p.unit} (${p.period}): its exact value ${p.direction === "down" ? "fell" : "rose"} to ${p.exact}, but the figure ${p.direction === "down" ? "rises" : "falls"} from ${p.published} to ${p.shown}. No rounding in which every row and total adds up avoids it. Tell the unit why, or correct the amount if it is wrong.`,
  },
  REVISION_FORCED: {
    da: (p) =>
      `${p.initiative} (${p.period}): beløb og nøgle er uændrede, men ${p.count} tal er ændret (${p.units}), fordi enhedernes totaler ellers ikke kan summe. Intet at gøre; nævn det, når tallene sendes ud.`,
    en: (p) =>
      `${p.initiative} (${p.period}): its amount and key did not change, but ${p.count} figures changed (${p.units}) because the units' totals could not add up otherwise. Nothing to do; mention it when the figures are sent out.`,
  },
  REVISION_UNMATCHED: {
    da: (p) =>
      `Den offentliggjorte fordeling ${p.sheet} (${p.period}): ${p.what} kunne ikke parres med den nye (${p.names}). De tal sammenlignes ikke; tjek om navnene er ændret, og ret dem, så de er ens.`,
    en: (p) =>
      `Published distribution ${p.sheet} (${p.period}): ${p.what} could not be matched with the new one (${p.names}). Those figures are not compared; check whether the names changed and make them the same.`,
  },
  REVISION_NOT_READ: {
    da: (p) =>
      `Den offentliggjorte fordeling kunne ikke læses fra ${p.sheet}: ${p.reason}. Der fyldes uden sammenligning; peg på Fordels egne ark (Fordeling <periode>).`,
    en: (p) =>
      `The published distribution could not be read from ${p.sheet}: ${p.reason}. The fill goes on without comparing; point at Fordel's own sheets (Allocation <period>).`,
  },
  PRICE_LEVEL: {
    da: (p) =>
      `Beløbene${p.period ? ` for ${p.period}` : ""} er omregnet ${p.from ? `fra ${p.from} ` : ""}${p.to ? `til ${p.to} ` : ""}med faktoren ${p.factor}; de nationale tal er afrundet med resten (hvert tal sin eksakte værdi rundet ned eller op).${p.asked ? ` Metoden er derfor afstemt, ikke ${p.asked}.` : ""}`,
    en: (p) =>
      `Amounts${p.period ? ` for ${p.period}` : ""} were restated ${p.from ? `from ${p.from} ` : ""}${p.to ? `to ${p.to} ` : ""}by the factor ${p.factor}; the national figures are rounded with the rest (each its exact value rounded down or up).${p.asked ? ` The method is therefore reconciled, not ${p.asked}.` : ""}`,
  },
  PRICE_LEVEL_NOT_READ: {
    da: (p) =>
      `Prisniveau-tabellen kunne ikke læses: ${p.reason}. Beløbene er ikke omregnet. Giv tabellen kolonnerne Fra, Til og Faktor (fx 2025-pl, 2026-pl, 1,028) og evt. År, eller brug --pl-factor.`,
    en: (p) =>
      `The price levels table could not be read: ${p.reason}. Amounts were not restated. Give the table the columns From, To and Factor (e.g. 2025-pl, 2026-pl, 1.028) and optionally Year, or use --pl-factor.`,
  },
  PRICE_LEVEL_MISSING: {
    da: (p) =>
      `Der er ingen prisniveau-faktor for ${p.periods}, men der er for ${p.given}. Fordel gætter ikke, så de perioder er ikke fordelt. Giv hver periode en faktor (en linje pr. år i Prisniveau, eller --pl-factor ÅR=FAKTOR), eller en linje uden år for alle øvrige perioder.`,
    en: (p) =>
      `There is no price level factor for ${p.periods}, but there is for ${p.given}. Fordel does not guess, so those periods were not filled. Give each period a factor (one line per year in Price levels, or --pl-factor YEAR=FACTOR), or a line without a year for every other period.`,
  },
  PRICE_LEVEL_UNKNOWN_PERIOD: {
    da: (p) =>
      `Prisniveau-faktoren ${p.factor} for ${p.period} er ikke brugt: tabellen har ingen periode ${p.period} (den har ${p.periods}). Ret perioden, eller fjern linjen.`,
    en: (p) =>
      `The price level factor ${p.factor} for ${p.period} was not used: the table has no period ${p.period} (it has ${p.periods}). Correct the period, or remove the line.`,
  },
  TOTALS_DO_NOT_ADD_UP: {
    da: (p) =>
      `Med metoden „${METHOD_NAMES[p.method as Method]?.da ?? p.method}“ stemmer ${listOf(failingParts(p, "da"), "og")} ikke (${p.count} steder, ${p.group} ${p.period})${
        p.unit === undefined
          ? ""
          : `; fx er ${p.label} for ${p.unit} ${p.shown}, men posterne summer til ${p.sum}`
      }. Brug metoden reconciled, så alt summer.`,
    en: (p) =>
      `With the method "${METHOD_NAMES[p.method as Method]?.en ?? p.method}", ${listOf(failingParts(p, "en"), "and")} do not add up (${p.count} places, ${p.group} ${p.period})${
        p.unit === undefined
          ? ""
          : `; e.g. ${p.unit}'s ${p.label} is ${p.shown}, but its items add up to ${p.sum}`
      }. Use method reconciled so that everything adds up.`,
  },
};

/** "1 decimal", "2 decimaler", "-3 decimaler" (Excel ROUND's decimals). */
function decimalsText(d: string | number, lang: Lang): string {
  const n = Number(d);
  if (lang === "da") return `${n} ${n === 1 ? "decimal" : "decimaler"}`;
  return `${n} ${n === 1 ? "decimal" : "decimals"}`;
}

function listOf(parts: string[], and: string): string {
  return parts.length <= 1
    ? parts.join("")
    : `${parts.slice(0, -1).join(", ")} ${and} ${parts[parts.length - 1]}`;
}

/** TOTALS_DO_NOT_ADD_UP: which kinds of totals fail, from the counts `rows`, `parents`, `columns`. */
function failingParts(p: FindingParams, lang: Lang): string[] {
  const words =
    lang === "da"
      ? ["rækkerne", "heraf-posterne", "enhedernes totaler"]
      : ["rows", "sub-items", "unit totals"];
  return (["rows", "parents", "columns"] as const).flatMap((k, i) =>
    Number(p[k] ?? 0) > 0 ? [`${words[i]} (${p[k]})`] : [],
  );
}

/** Params that hold amounts: shown in the UI language's notation (Danish 10,1 and 1.570.129). */
const AMOUNT_PARAMS = new Set([
  "amount",
  "sum",
  "total",
  "children",
  "parent",
  "step",
  "shift",
  "halfStep",
  "value",
  "shown",
  "newStep",
]);
/**
 * Params that hold lists of names, stored with plain quotes (`"A", "B"`) so they re-render in
 * either language: Danish text shows them with Danish quotation marks (`„A“, „B“`).
 */
const QUOTED_LISTS = new Set(["foldedNames", "names", "sheets", "initiatives"]);

function quotedList(text: string, lang: Lang): string {
  return lang === "da" ? text.replace(/"([^"]*)"/g, "„$1“") : text;
}

export function messageFor(
  code: FindingCode,
  params: FindingParams,
  lang: Lang,
): string {
  const shown: FindingParams = {};
  for (const [name, value] of Object.entries(params)) {
    shown[name] =
      AMOUNT_PARAMS.has(name) && typeof value === "string"
        ? formatAmount(value, 0, lang)
        : QUOTED_LISTS.has(name) && typeof value === "string"
          ? quotedList(value, lang)
          : value;
  }
  return MESSAGES[code][lang](shown) + foldedSuffix(shown, lang);
}

/** On a broken key's cause finding (`foldCauses`): the rows it kept from being allocated. */
function foldedSuffix(p: FindingParams, lang: Lang): string {
  if (p.foldedRows === undefined) return "";
  const n = Number(p.foldedRows);
  return lang === "da"
    ? ` Derfor er ${n} række${n === 1 ? "" : "r"} (${p.foldedPeriods}; ${p.foldedNames}) ikke fordelt med nøglen „${p.foldedKey}“; de står som ikke fordelt, til nøglen er rettet.`
    : ` Because of this, ${n} row${n === 1 ? " was" : "s were"} not allocated (${p.foldedPeriods}; ${p.foldedNames}) by key "${p.foldedKey}"; they are shown as not allocated until the key is fixed.`;
}
