import type { MessageTable } from "./messages";
import { decimalsText, failingParts, listOf } from "./message-parts";
import type { Method } from "./apportion";
import { METHOD_NAMES } from "./vocabulary";

/**
 * The finding messages in English: what is wrong and what to do. One language per file, so the
 * add-in page loads only its user's language (messages-tables.web.ts); the other is in
 * messages-da.ts, with the same codes (the type checks both are complete).
 */
export const MESSAGES_EN: MessageTable = {
  BAD_NUMBER: (p) =>
    `"${p.text}" is not a number. Enter a number (e.g. 1,570,129 or 9.0) or leave the cell empty.`,
  UNKNOWN_UNIT: (p) =>
    p.recipient !== undefined
      ? `Recipient "${p.recipient}" names the unit "${p.unit}", which is not known, so the amount was not allocated to the units but shown under Other recipients. Correct the name to a region's or municipality's name or official code.`
      : `Unit "${p.unit}" is not known. Use a region's or municipality's name or official code.`,
  UNKNOWN_KEY: (p) =>
    `Key "${p.key}" is not in the keys table. Correct the name or add the key.`,
  AMBIGUOUS_KEY: (p) =>
    `Several keys fit ${p.group} in ${p.period} (${p.keys}). Name the key in the Key column.`,
  KEY_SUM: (p) =>
    `Key "${p.key}" sums to ${p.sum}, not ${p.expected ?? 1}${p.expected === 100 ? " (per cent)" : ""}. The shares were normalised to sum to 1; check whether a unit is missing or a share mistyped.`,
  KEY_PRECISION: (p) =>
    `Key "${p.key}" is printed with ${p.places} decimals; on ${p.amount} the rounding of the shares alone can move a unit by up to ${p.shift}, more than half a step (${p.halfStep}). Use a more precise key (e.g. the amounts it was made from).`,
  KEY_EMPTY: (p) =>
    p.header
      ? `Keys table "${p.key}" has no key that can be read: no lines with a unit and a share below the header row (${p.header}). Give the table the columns Unit and Share (or units in the first column and one column per key or year).`
      : `Key "${p.key}" has no units. Add units with shares.`,
  KEY_NEGATIVE: (p) =>
    `Key "${p.key}" has a negative share for ${p.unit} (${p.value}). Shares must be zero or positive.`,
  KEY_ALL_ZERO: (p) =>
    `Every share in key "${p.key}" is 0. Fill in the shares.`,
  KEY_DUPLICATE_UNIT: (p) =>
    `${p.unit} appears more than once in key "${p.key}". Remove the extra line.`,
  CHILDREN_SUM_MISMATCH: (p) =>
    `The sub-items of "${p.initiative}" add up to ${p.children}, but its amount is ${p.parent} (${p.period}). Both were allocated separately; correct the amounts so they agree.`,
  PERIOD_TOTAL_MISMATCH: (p) =>
    `The periods of "${p.initiative}" add up to ${p.sum}, but the total is ${p.total}. Correct the total or the period amounts.`,
  NOT_ON_STEP: (p) =>
    `Amount ${p.amount} of "${p.initiative}" (${p.period}) is not a multiple of the step ${p.step}. It was not allocated; choose more decimals or correct the amount.`,
  DUPLICATE_INITIATIVE: (p) =>
    `"${p.initiative}" appears twice under the same parent. Give the rows different names.`,
  NEGATIVE_AMOUNT: (p) =>
    `"${p.initiative}" has a negative amount (${p.amount}) in ${p.period}; it was allocated as a correction.`,
  TEXT_LOOKS_LIKE_FORMULA: (p) =>
    `"${p.text}" looks like a formula but was written as text.`,
  MISSING_TABLE: (p) =>
    `Table "${p.table}" was not found (neither as a table nor as a sheet). Create it or pick a range.`,
  MISSING_COLUMN: (p) =>
    `Table "${p.table}" lacks the column "${p.column}". Add it.`,
  UNKNOWN_PARENT: (p) =>
    `Parent "${p.parent}" of "${p.initiative}" does not exist. Correct the name in Parent.`,
  // With `count` (src/engine/collapse.ts): one finding for several rows of the same cause.
  NO_MUNICIPAL_KEY: (p) =>
    p.count !== undefined
      ? `There is no municipal key for ${p.period}, so ${p.count} rows (${p.initiatives}; cells ${p.cells}) are shown under Other recipients. Add a municipal key for ${p.period} to allocate them.`
      : `There is no municipal key for ${p.period}; "${p.initiative}" is shown under Other recipients. Add a municipal key to allocate it.`,
  OTHER_RECIPIENT: (p) =>
    p.count !== undefined
      ? `${p.count} rows (${p.initiatives}; cells ${p.cells}) go to ${p.recipient}, not to the units; the amounts are shown under Other recipients.`
      : `"${p.initiative}" goes to ${p.recipient}, not to the units; the amount is shown under Other recipients.`,
  ROWS_NOT_READ: (p) =>
    `Rows ${p.first}–${p.last} below table "${p.table}" (${p.end}) look like data but were not read, because something other than blank rows stands between. If they belong to the table, remove what stands between.`,
  PERIOD_NOT_IN_TABLE: (p) =>
    `${Number(p.count) === 1 ? "Period" : "Periods"} ${p.periods} ${Number(p.count) === 1 ? "is" : "are"} not in the table, which has ${p.known}. Nothing was filled. Choose the periods again in the task pane (on the command line: correct --period), and fill again.`,
  NO_PERIOD_CHOSEN: (p) =>
    `No period is chosen, so nothing was filled. Choose at least one of the table's periods (${p.known}) in the task pane.`,
  DECIMALS_OUT_OF_RANGE: (p) =>
    `Decimals ${p.decimals} cannot be used: choose a whole number from ${p.min} to ${p.max} (1 gives step 0.1; -3 gives step 1,000). Nothing was filled.`,
  // Reading sheets as officers lay them out (issue 10).
  TABLE_FOUND: (p) =>
    `No table is named "${p.table}"; ${p.found} was used because its header row fits. If that is wrong, name the table "${p.table}" or pick the range.`,
  AMBIGUOUS_TABLE: (p) =>
    `Several places look like the table "${p.table}": ${p.candidates}. Name the right one "${p.table}" or pick the range (command line: ${p.option}).`,
  TABLE_NOT_FOUND: (p) =>
    `"${p.where}" is neither a sheet, a table nor a range in the workbook. Give a sheet name, a table name or a range such as 'Sheet1'!B3:H40.`,
  DUPLICATE_PERIOD: (p) =>
    `Period ${p.period} has more than one column (${p.cells}). None of them was allocated; delete or rename one.`,
  PERIOD_FROM_DATE: (p) =>
    `The header "${p.text}" is a date; it was read as the year ${p.period}. Type the year as text if that is wrong.`,
  COLUMN_NOT_READ: (p) =>
    p.header === ""
      ? `Column ${p.column} holds numbers but has no header (a merged header counts for its first column only), so they were not read. Give the column a period as header, e.g. 2026, or move the numbers.`
      : `Column "${p.header}" (${p.column}) holds numbers, but its header is neither a period nor a known column, so they were not allocated. Write a period as header (e.g. 2026 or From 2027) if they should be.`,
  UNCOMPUTED_FORMULA: () =>
    `The cell holds a formula that was never calculated (the file was written by a program). The amount was not used; open and save the file in Excel or LibreOffice and run again.`,
  AMBIGUOUS_NUMBER: (p) =>
    `"${p.text}" reads differently in Danish and English (${p.cells}${Number(p.count) > 1 ? `, ${p.count} cells` : ""}), and ${Number(p.mixed) ? "the table uses both notations" : "the table does not show which"}; they were read the ${p.notation === "da" ? "Danish way (dot = thousands)" : "English way (dot = decimal point)"}. Enter them as real numbers or with decimals (e.g. 12,345.0) if that is wrong.`,
  PARENT_CYCLE: (p) =>
    `"${p.initiative}" lies (through Parent) under itself: "${p.parent}" is one of its own sub-items. The row was not allocated; correct Parent.`,
  PARENT_LEFT_OUT: (p) =>
    `"${p.initiative}" was not allocated because its parent "${p.parent}" could not be placed (see the finding there). Correct Parent there.`,
  HERAF_READ: (p) =>
    p.how === "equal"
      ? `Rows ${p.first}–${p.last} after "of which" were read as sub-items of "${p.parent}", because they add up to its amount. Indent them or use the Parent column if that is wrong.`
      : `Rows ${p.first}–${p.last} after "of which" were read as sub-items of "${p.parent}" (up to the next blank or total row). Indent them or use the Parent column if that is wrong.`,
  HERAF_UNCLEAR: (p) =>
    `Rows ${p.first}–${p.last} after "of which" were read as sub-items of "${p.parent}", but they add up to more than its amount, so where the list ends is a guess. Indent the sub-items or use the Parent column.`,
  USER_TOTAL_MISMATCH: (p) =>
    `The total row "${p.label}" is ${p.total}, but ${p.channel ? `the rows of channel ${p.channel}` : "the rows above it"} add up to ${p.sum}. The total was not allocated; correct it${p.channel ? " or set the channel in the Channel column" : ""}.`,
  USER_TOTALS_READ: (p) =>
    `${p.count} total row(s) were read as totals, checked and not allocated: ${p.labels}.`,
  // Keys as users paste them (issue 10).
  KEY_MISSING_UNITS: (p) =>
    `Key "${p.key}" lacks ${p.count} of the ${p.of} ${p.group === "Kommuner" ? "municipalities" : "regions"}: ${p.units}${Number(p.more ?? 0) > 0 ? ` and ${p.more} more` : ""}. They get nothing, and the other units' shares${p.sum === undefined ? "" : ` (sum ${p.sum})`} were normalised to sum to 1. Add the missing units (with 0 if they should get nothing).`,
  KEY_BLANK_SHARE: (p) =>
    p.uncomputed
      ? `The share of ${p.unit} in key "${p.key}" is a formula that was never calculated. Open and save the file in Excel. The key is not used until this is fixed.`
      : `The share of ${p.unit} in key "${p.key}" is blank. Enter the share (0 if the unit should get nothing). The key is not used until this is fixed.`,
  KEY_BLANK_UNIT: (p) =>
    `The line has the share ${p.value} but no unit. Enter the unit's name or code, or delete the share. Key "${p.key}" is not used until this is fixed.`,
  KEY_MIXED_GROUPS: (p) =>
    `Key "${p.key}" mixes regions and municipalities (${p.units}). A key is for regions or for municipalities; split it in two. The key is not used.`,
  KEY_READING: (p) =>
    p.kind === "percent"
      ? `Key "${p.key}" was read as percentages (sum ${p.sum}) and normalised so the shares sum to 1.`
      : `Key "${p.key}" was read as raw weights (e.g. amounts or population, sum ${p.sum}) and normalised so the shares sum to 1. If they are shares, check the figures.`,
  KEY_AGGREGATE_LINES: (p) =>
    p.count === 1
      ? `1 line of the keys table is not a unit but a total or group, and was skipped (its figure is not used): ${p.lines}.`
      : `${p.count} lines of the keys table are not units but totals or groups, and were skipped (their figures are not used): ${p.lines}.`,
  KEY_CODE_NAME_MISMATCH: (p) =>
    `"${p.text}": code ${p.code} is ${p.unit}, but the name "${p.name}" does not match it. The code was used; correct the code or the name.`,
  KEY_COLUMN_NOT_READ: (p) =>
    `The column ${p.header === "" ? "without a header" : `"${p.header}"`} in the keys table holds ${p.count} numbers but is not used as shares. To use it, head it Share (or a key's name or a year in a wide table).`,
  NO_KEY: (p) =>
    `There is no key for ${p.group === "Kommuner" ? "the municipalities" : p.group === "Regioner" ? "the regions" : `group "${p.group}"`} in ${p.period}, so ${p.count} row${p.count === 1 ? " was" : "s were"} not allocated (${p.names}). Add a key for ${p.period} (or one without a year) to the keys table, or name the key in the Key column.`,
  COARSE_STEP: (p) =>
    `The step ${p.step} is coarse for ${Number(p.count) === 1 ? "one amount" : `${p.count} amounts`} in ${p.period}: e.g. ${p.amount} of "${p.initiative}" is only ${p.steps} ${Number(p.steps) === 1 ? "step" : "steps"} split over ${p.units} units, so each unit's figure can be up to a whole step off its share. Choose ${decimalsText(p.decimals, "en")} (step ${p.newStep}) or more for a more precise split.`,
  CELLS_NOT_READ: (p) =>
    `${p.count} filled cells on sheet "${p.sheet}" (from ${p.first}) lie far from the rest of the sheet (more than ${p.gap} blank rows or columns between) and were not read. If they belong to a table, move them next to it; otherwise delete them.`,
  SHEET_KEPT: (p) =>
    p.reason === "protected"
      ? `Sheet "${p.sheet}" is protected, so Fordel left it alone; this fill was written to "${p.written}". Unprotect it (and delete "${p.written}") if Fordel should write to "${p.sheet}" again.`
      : p.reason === "duplicate"
        ? `Sheet "${p.sheet}" is from an earlier fill of the same period and was not updated; this fill was written to "${p.written}". Delete "${p.sheet}" when you no longer need it.`
        : p.reason === "legacy"
          ? `Sheet "${p.sheet}" carries Fordel's mark, but Fordel did not make it in this workbook (it is a copy, or was made by an older version of Fordel), so it is yours and was not touched; this fill was written to "${p.written}". Point your formulas at "${p.written}" and delete "${p.sheet}" when you no longer need it.`
          : `Sheet "${p.sheet}" was changed after Fordel wrote it (${p.rows ? `row ${p.rows}` : "e.g. notes, rows under the table or your own table"}), so it was kept as it is; this fill was written to "${p.written}". Move what you added to another sheet and delete "${p.sheet}" if Fordel should write there again.`,
  SHEET_REPAIRED: (p) =>
    `Sheet "${p.sheet}" was left half written by an earlier fill that stopped; it has now been written in full.`,
  WORKBOOK_PROTECTED: (p) =>
    `The workbook's structure is protected, so Fordel cannot add or rename the sheets ${p.sheets}. Nothing was written. Unprotect it (Review > Protect Workbook) and fill again.`,
  TABLE_TOTALS_READ: (p) =>
    p.what
      ? `Totals found in the range: ${p.what}. They are shown as the sum of their rounded parts; correct the selection if something was read wrongly.`
      : `No totals found in the range, so each cell was rounded on its own (as ROUND). If the table has totals, give them SUM formulas or label them I alt/Total.`,
  TABLE_TOTAL_MISMATCH: (p) =>
    `The typed total is ${p.total}, but its parts add up to ${p.sum}. The total was kept where the parts could move by at most one step to meet it; correct the total or the parts if either is wrong.`,
  TABLE_TOTAL_NOT_KEPT: (p) =>
    `This total could not be kept both as the sum of its shown parts and as ${p.value} rounded down or up; it is shown as the sum, ${p.total}. This happens with subtotals in both rows and columns (or a typed total its parts cannot meet); show fewer decimals, split the table or correct the total.`,
  TABLE_IN_PLACE_REFUSED: () =>
    `The selection was not rounded in place, because it holds formulas other than its totals, or figures that cannot be read. The rounded table is on a new sheet; correct the selection if it is to be rounded in place.`,
  SHEET_INCOMPLETE: (p) =>
    `The fill stopped before ${p.sheets} was written in full (${p.error}). The sheet says so at the top; fill again and it will be completed. Nothing of yours was changed.`,
  REVISION_AGAINST_CHANGE: (p) =>
    `${p.initiative} / ${p.unit} (${p.period}): its exact value ${p.direction === "down" ? "fell" : "rose"} to ${p.exact}, but the figure ${p.direction === "down" ? "rises" : "falls"} from ${p.published} to ${p.shown}. No rounding in which every row and total adds up avoids it. Tell the unit why, or correct the amount if it is wrong.`,
  REVISION_FORCED: (p) =>
    `${p.initiative} (${p.period}): its amount and key did not change, but ${p.count} figures changed (${p.units}) because the units' totals could not add up otherwise. Nothing to do; mention it when the figures are sent out.`,
  REVISION_UNMATCHED: (p) =>
    `Published distribution ${p.sheet} (${p.period}): ${p.what} could not be matched with the new one (${p.names}). Those figures are not compared; check whether the names changed and make them the same.`,
  REVISION_NOT_READ: (p) =>
    `The published distribution could not be read from ${p.sheet}: ${p.reason}. The fill goes on without comparing; point at Fordel's own sheets (Allocation <period>).`,
  PRICE_LEVEL: (p) =>
    `Amounts${p.period ? ` for ${p.period}` : ""} were restated ${p.from ? `from ${p.from} ` : ""}${p.to ? `to ${p.to} ` : ""}by the factor ${p.factor}; the national figures are rounded with the rest (each its exact value rounded down or up).${p.asked ? ` The method is therefore reconciled, not ${p.asked}.` : ""}`,
  PRICE_LEVEL_NOT_READ: (p) =>
    `The price levels table could not be read: ${p.reason}. Amounts were not restated. Give the table the columns From, To and Factor (e.g. 2025-pl, 2026-pl, 1.028) and optionally Year, or use --pl-factor.`,
  PRICE_LEVEL_MISSING: (p) =>
    `There is no price level factor for ${p.periods}, but there is for ${p.given}. Fordel does not guess, so those periods were not filled. Give each period a factor (one line per year in Price levels, or --pl-factor YEAR=FACTOR), or a line without a year for every other period.`,
  PRICE_LEVEL_UNKNOWN_PERIOD: (p) =>
    `The price level factor ${p.factor} for ${p.period} was not used: the table has no period ${p.period} (it has ${p.periods}). Correct the period, or remove the line.`,
  TOTALS_DO_NOT_ADD_UP: (p) =>
    `With the method "${METHOD_NAMES[p.method as Method]?.en ?? p.method}", ${listOf(failingParts(p, "en"), "and")} do not add up (${p.count} places, ${p.group} ${p.period})${
      p.unit === undefined
        ? ""
        : `; e.g. ${p.unit}'s ${p.label} is ${p.shown}, but its items add up to ${p.sum}`
    }. Use method reconciled so that everything adds up.`,
  // Own units, `Kommuner i …` and passing money on (issue 14).
  KEY_OWN_AND_STANDARD_UNITS: (p) =>
    `Key "${p.key}" mixes own units (${p.own}) with regions or municipalities (${p.standard}). A key is for the regions, for the municipalities or for your own units (e.g. hospitals). If an own unit is named like a region or municipality, give it another name (e.g. "${p.example}, administration"); otherwise move the regions/municipalities to a key of their own. The key is not used.`,
  KEY_OWN_GROUP_NAME: (p) =>
    `Key "${p.key}" has own units, but its group is named "${p.group}", the name of the regions, the municipalities or a unit. Give the group another name in the Group column (e.g. "Hospitals"). The key is not used.`,
  SUBSET_NOT_IN_KEY: (p) =>
    `"${p.initiative}" goes to ${p.recipient}, but none of them has a share above 0 in key "${p.key}". The row is not allocated. Correct the recipient or the key.`,
  PASS_ON_UNIT_UNKNOWN: (p) =>
    `"${p.unit}" in "Pass on" (${p.passOn}) is not a unit of any allocation. Write the unit as in the allocation's column, e.g. "Region Hovedstaden=Hospitals". Nothing was passed on from it.`,
  PASS_ON_GROUP_UNKNOWN: (p) =>
    `There is no key for group "${p.group}" in the keys table (${p.passOn}), so ${p.unit}'s money was not passed on. Add a key with its units (and a Group column "${p.group}" if the key has another name), or correct the group's name. Groups of own units: ${p.groups}.`,
  PASS_ON_SPLIT_BAD: (p) =>
    `The Pass on column of "${p.initiative}" cannot be read: "${p.part}". Write fixed amounts and the rest, e.g. "Hospice A=0.5; Hospice B=0.5; rest: Hospitals". The row was not passed on.`,
  PASS_ON_SPLIT_OFF_STEP: (p) =>
    `The fixed amount ${p.amount} to "${p.unit}" (${p.initiative}, ${p.period}) is not on the rounding step (${p.decimals} decimals). Write it with at most ${p.decimals} decimals, or choose more decimals. The row was not passed on.`,
  PASS_ON_SPLIT_TOO_LARGE: (p) =>
    `The fixed amounts in Pass on for "${p.initiative}" (${p.split}) exceed the row's amount ${p.amount} in ${p.period}. Correct the fixed amounts. The row was not passed on.`,
  PASS_ON_SPLIT_UNUSED: (p) =>
    `The Pass on column is filled in ${p.count} row${p.count === 1 ? "" : "s"} (${p.names}), but nothing is passed on. Choose "Pass on" (e.g. Region Hovedstaden → Hospitals) to use it.`,
  PASS_ON_DONE: (p) =>
    `${p.unit}'s figures were passed on to ${p.group} (${p.periods}). The national amount on the new sheet is ${p.unit}'s column on the first sheet.`,
};
