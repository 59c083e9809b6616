/**
 * The requirement sets Fordel needs, as manifest.xml declares them (test/manifest checks both
 * against the `[Api set: …]` of every Office.js member the code uses): ExcelApi 1.9 for the
 * indent (`getCellProperties`, `format.indentLevel`), multi-area formats (`getRanges`) and the
 * change events; CustomFunctionsRuntime 1.3 for `CustomFunctions.ErrorCode.invalidValue`;
 * SharedRuntime 1.1 for the one page that the ribbon, the pane and the functions share.
 * Excel for Microsoft 365, Excel 2021 and later, and Excel on the web have them.
 */
export const REQUIRED_SETS: readonly { name: string; version: string }[] = [
  { name: "ExcelApi", version: "1.9" },
  { name: "SharedRuntime", version: "1.1" },
  { name: "CustomFunctionsRuntime", version: "1.3" },
];

/** The part of Office.context.requirements used here (a fake in tests). */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The required sets this host lacks ("ExcelApi 1.9", …); none when it has them all. */
export function missingSets(requirements: Requirements): string[] {
  return REQUIRED_SETS.filter(
    (s) => !requirements.isSetSupported(s.name, s.version),
  ).map((s) => `${s.name} ${s.version}`);
}

/**
 * Optional: with ExcelApi 1.18 (`worksheet.notes`) the add-in reads and writes cell notes – the
 * exact value of a cell rounded against ROUND, as the CLI writes it; without, the sheet's legend
 * points to the pane instead. Not in the manifest: Fordel runs without it.
 */
export const NOTES_SET = { name: "ExcelApi", version: "1.18" } as const;

/** The optional sets, each used only where the host says it has it (test/manifest checks this list). */
export const OPTIONAL_SETS: readonly { name: string; version: string }[] = [
  NOTES_SET,
];

/** True when the host has cell notes; false outside Office (tests, the CLI). */
export function hostHasNotes(
  requirements: Requirements | undefined = officeRequirements(),
): boolean {
  return (
    requirements?.isSetSupported(NOTES_SET.name, NOTES_SET.version) === true
  );
}

function officeRequirements(): Requirements | undefined {
  const office = (
    globalThis as { Office?: { context?: { requirements?: Requirements } } }
  ).Office;
  return office?.context?.requirements;
}
