/**
 * Why the command line could not read an input or write an output, as a message in Danish and
 * English that says what to do. Every failure the CLI knows of is one of these kinds; anything
 * else is reported as an unexpected error (bin/fordel.js), never as a stack trace.
 */
import { formatCount, type Lang } from "../engine";

export type ProblemKind =
  | "notFound"
  | "notFile"
  | "cannotRead"
  | "xls"
  | "encrypted"
  | "ods"
  | "csv"
  | "notZip"
  | "truncated"
  | "malformedZip"
  | "zip64"
  | "tooManyParts"
  | "partTooLarge"
  | "fileTooLarge"
  | "notXlsx"
  | "malformedXml"
  | "tooManyCells"
  | "structureLocked"
  | "sameAsInput"
  | "outputExists"
  | "outputChanged"
  | "outputReadOnly"
  | "outputLocked"
  | "outputDir"
  | "outputDenied"
  | "diskFull"
  | "writeFailed";

export type ProblemDetail = Record<string, string | number>;

const SAVE_AS = {
  da: "Åbn filen i Excel eller LibreOffice og gem den som .xlsx-projektmappe uden adgangskode, og prøv igen.",
  en: "Open the file in Excel or LibreOffice, save it as an .xlsx workbook without a password, and try again.",
};

type Texts = { da: string; en: string };

/** Each kind's message, from the file's name as the user wrote it and the details. */
const TEXTS: Record<ProblemKind, (file: string, d: ProblemDetail) => Texts> = {
  notFound: (file) => ({
    da: `Filen findes ikke: ${file}`,
    en: `No such file: ${file}`,
  }),
  notFile: (file) => ({
    da: `${file} er ikke en fil (en mappe?). Angiv en .xlsx-fil.`,
    en: `${file} is not a file (a folder?). Give an .xlsx file.`,
  }),
  cannotRead: (file) => ({
    da: `Filen ${file} kan ikke læses (ingen adgang). Tjek filens rettigheder.`,
    en: `The file ${file} cannot be read (no access). Check the file's permissions.`,
  }),
  xls: (file) => ({
    da: `${file} er en gammel Excel-fil (.xls). Fordel læser kun .xlsx. ${SAVE_AS.da}`,
    en: `${file} is an old Excel file (.xls). Fordel reads only .xlsx. ${SAVE_AS.en}`,
  }),
  encrypted: (file) => ({
    da: `${file} er beskyttet med adgangskode (krypteret), så Fordel kan ikke læse den. Gem filen som .xlsx uden adgangskode og prøv igen.`,
    en: `${file} is password-protected (encrypted), so Fordel cannot read it. Save the file as .xlsx without a password and try again.`,
  }),
  ods: (file) => ({
    da: `${file} er et OpenDocument-regneark (.ods). Fordel læser kun .xlsx. ${SAVE_AS.da}`,
    en: `${file} is an OpenDocument spreadsheet (.ods). Fordel reads only .xlsx. ${SAVE_AS.en}`,
  }),
  csv: (file) => ({
    da: `${file} ser ud til at være en tekstfil (.csv/.txt), ikke en .xlsx-projektmappe. Åbn den i Excel, læg tabellerne ind, og gem som .xlsx.`,
    en: `${file} looks like a text file (.csv/.txt), not an .xlsx workbook. Open it in Excel, put the tables in, and save as .xlsx.`,
  }),
  notZip: (file) => ({
    da: `${file} er ikke en .xlsx-fil (ikke et Excel-arbejdsark). ${SAVE_AS.da}`,
    en: `${file} is not an .xlsx file (not an Excel workbook). ${SAVE_AS.en}`,
  }),
  truncated: (file) => ({
    da: `${file} er ufuldstændig (afkortet, måske en afbrudt kopiering eller download). Hent eller gem filen igen.`,
    en: `${file} is incomplete (truncated, perhaps an interrupted copy or download). Fetch or save the file again.`,
  }),
  malformedZip: (file) => ({
    da: `${file} er beskadiget: pakken kan ikke pakkes ud. ${SAVE_AS.da}`,
    en: `${file} is damaged: the package cannot be unpacked. ${SAVE_AS.en}`,
  }),
  zip64: (file) => ({
    da: `${file} er beskadiget: pakken kan ikke pakkes ud. ${SAVE_AS.da}`,
    en: `${file} is damaged: the package cannot be unpacked. ${SAVE_AS.en}`,
  }),
  tooManyParts: (file, d) => ({
    da: `${file} har ${formatCount(d.count ?? "", "da")} dele; Fordel læser højst ${formatCount(d.limit ?? "", "da")}. Filen er næppe en almindelig projektmappe. ${SAVE_AS.da}`,
    en: `${file} has ${formatCount(d.count ?? "", "en")} parts; Fordel reads at most ${formatCount(d.limit ?? "", "en")}. The file is hardly an ordinary workbook. ${SAVE_AS.en}`,
  }),
  partTooLarge: (file, d) => ({
    da: `${file}: delen ${d.part} fylder udpakket mere end ${mb(d.limit)} MB, Fordels grænse (beskytter mod "zip-bomber"). Fjern store ark, billeder eller data, du ikke skal bruge, fra en kopi af filen, og prøv igen.`,
    en: `${file}: the part ${d.part} unpacks to more than ${mb(d.limit)} MB, Fordel's limit (a guard against "zip bombs"). Remove large sheets, images or data you do not need from a copy of the file, and try again.`,
  }),
  fileTooLarge: (file, d) => ({
    da: `${file} fylder ${mb(d.size)} MB; Fordel læser højst ${mb(d.limit)} MB. Fjern det, du ikke skal bruge, fra en kopi af filen.`,
    en: `${file} is ${mb(d.size)} MB; Fordel reads at most ${mb(d.limit)} MB. Remove what you do not need from a copy of the file.`,
  }),
  notXlsx: (file, d) => ({
    da: `${file} er en zip-fil, men ikke en Excel-projektmappe (${d.why}). ${SAVE_AS.da}`,
    en: `${file} is a zip file but not an Excel workbook (${d.why}). ${SAVE_AS.en}`,
  }),
  malformedXml: (file, d) => ({
    da: `${file} er beskadiget: delen ${d.part} kan ikke læses. ${SAVE_AS.da}`,
    en: `${file} is damaged: the part ${d.part} cannot be read. ${SAVE_AS.en}`,
  }),
  tooManyCells: (file, d) => ({
    da: `${file} har mere end ${formatCount(d.limit ?? "", "da")} udfyldte celler; Fordel læser højst så mange. Læg tabellerne i en mindre projektmappe og prøv igen.`,
    en: `${file} has more than ${formatCount(d.limit ?? "", "en")} filled cells; Fordel reads at most that many. Put the tables in a smaller workbook and try again.`,
  }),
  structureLocked: (file) => ({
    da: `${file} har beskyttet projektmappestruktur (ark kan ikke tilføjes eller erstattes), så Fordel skriver ikke i den. Fjern beskyttelsen (Gennemse › Beskyt projektmappe) i en kopi, og prøv igen.`,
    en: `${file} has a protected workbook structure (sheets cannot be added or replaced), so Fordel does not write into it. Remove the protection (Review › Protect Workbook) in a copy, and try again.`,
  }),
  sameAsInput: () => ({
    da: "Output må ikke være inputfilen; input ændres aldrig. Vælg en anden fil med -o.",
    en: "The output must not be the input file; the input is never changed. Choose another file with -o.",
  }),
  outputExists: (file) => ({
    da: `${file} findes allerede og er ikke Fordels tidligere output af denne inputfil, så den overskrives ikke. Vælg en anden fil med -o, eller brug --force for at erstatte den.`,
    en: `${file} already exists and is not Fordel's earlier output of this input file, so it is not replaced. Choose another file with -o, or use --force to replace it.`,
  }),
  outputChanged: (file, d) => ({
    da: `${file} er Fordels tidligere output, men er ændret siden (${d.why}), så den overskrives ikke. Vælg en anden fil med -o, eller brug --force for at erstatte den.`,
    en: `${file} is Fordel's earlier output but was changed since (${d.why}), so it is not replaced. Choose another file with -o, or use --force to replace it.`,
  }),
  outputReadOnly: (file) => ({
    da: `${file} er skrivebeskyttet, så den erstattes ikke. Vælg en anden fil med -o, eller fjern skrivebeskyttelsen.`,
    en: `${file} is read-only, so it is not replaced. Choose another file with -o, or remove the read-only setting.`,
  }),
  outputLocked: (file, d) => ({
    da: `${file} er åben i et andet program (låsefilen ${d.lock} findes). Luk filen i Excel/LibreOffice og prøv igen, eller vælg en anden fil med -o.`,
    en: `${file} is open in another program (the lock file ${d.lock} exists). Close the file in Excel/LibreOffice and try again, or choose another file with -o.`,
  }),
  outputDir: (file, d) => ({
    da: `Mappen ${d.dir} findes ikke, så ${file} kan ikke skrives. Opret mappen eller vælg en anden fil med -o.`,
    en: `The folder ${d.dir} does not exist, so ${file} cannot be written. Create the folder or choose another file with -o.`,
  }),
  outputDenied: (file, d) => ({
    da: `Ingen adgang til at skrive i mappen ${d.dir}, så ${file} er ikke skrevet. Vælg en mappe, du kan skrive i, med -o.`,
    en: `No permission to write in the folder ${d.dir}, so ${file} was not written. Choose a folder you can write to with -o.`,
  }),
  diskFull: (file) => ({
    da: `Disken er fuld, så ${file} er ikke skrevet. Frigør plads og prøv igen.`,
    en: `The disk is full, so ${file} was not written. Free some space and try again.`,
  }),
  writeFailed: (file, d) => ({
    da: `${file} kunne ikke skrives (${d.why}). Intet er ændret; prøv igen eller vælg en anden fil med -o.`,
    en: `${file} could not be written (${d.why}). Nothing was changed; try again or choose another file with -o.`,
  }),
};

function texts(kind: ProblemKind, d: ProblemDetail): Texts {
  return TEXTS[kind](String(d.file ?? ""), d);
}

function mb(bytes: string | number | undefined): string {
  return String(Math.round(Number(bytes ?? 0) / 1e6));
}

/** A failure with a message for the user; `detail.file` is filled in by whoever knows the file's name. */
export class InputProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly detail: ProblemDetail = {},
  ) {
    super(texts(kind, detail).en);
    this.name = "InputProblem";
  }

  /** The message in the language asked for, naming `file`. */
  say(lang: Lang, file?: string): string {
    const t = texts(kind(this), { ...this.detail, ...(file ? { file } : {}) });
    return lang === "da" ? t.da : t.en;
  }
}

function kind(p: InputProblem): ProblemKind {
  return p.kind;
}
