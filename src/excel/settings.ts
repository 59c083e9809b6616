/* global Office */
/**
 * FillSettings saved in the document (Office.context.document.settings), so the ribbon button
 * fills the way the user last chose in the task pane.
 */
import { langOf, METHODS, Method } from "../engine";
import { parseFactorSetting } from "../sheets/price-level";
import { DEFAULT_SETTINGS, FillSettings } from "../sheets/fill-types";

export const SETTINGS_KEY = "fordel.fillSettings";

/** The part of Office.Settings used here (a fake in tests). */
export type SettingsStore = Pick<Office.Settings, "get" | "set" | "saveAsync">;

function documentSettings(): SettingsStore {
  return Office.context.document.settings;
}

/** Saved settings, or null when none (or none usable) are saved. */
export function loadSettings(
  store: SettingsStore = documentSettings(),
): FillSettings | null {
  return parseSettings(store.get(SETTINGS_KEY));
}

/** Saves and persists the settings in the document. */
export function saveSettings(
  settings: FillSettings,
  store: SettingsStore = documentSettings(),
): Promise<void> {
  const clean = parseSettings(settings);
  if (!clean) return Promise.reject(new Error("Invalid fill settings"));
  store.set(SETTINGS_KEY, clean);
  return new Promise((resolve, reject) =>
    store.saveAsync((result) =>
      String(result.status) === "failed"
        ? reject(new Error(result.error?.message ?? "saveAsync failed"))
        : resolve(),
    ),
  );
}

/** The settings to fill with: the saved ones, else the defaults in the Office display language. */
export function settingsOrDefault(
  saved: FillSettings | null,
  displayLanguage?: string,
): FillSettings {
  if (saved) return saved;
  return { ...DEFAULT_SETTINGS, lang: langOf(displayLanguage) };
}

/** Validates settings read from a document (anything may be stored there). */
export function parseSettings(raw: unknown): FillSettings | null {
  if (typeof raw !== "object" || raw === null) return null;
  const o = raw as Stored;
  if (!METHODS.includes(o.method as Method)) return null;
  if (o.lang !== "da" && o.lang !== "en") return null;
  const settings: FillSettings = { method: o.method as Method, lang: o.lang };
  // In this order, so settings saved again keep their fields' order.
  for (const read of FIELDS) if (!read(o, settings)) return null;
  return settings;
}

/** Settings as stored in a document: any value under any name. */
type Stored = Record<string, unknown>;

/** Reads one field of stored settings into `settings`; false when its value is not usable. */
type FieldReader = (o: Stored, settings: FillSettings) => boolean;

const isBlank = (v: unknown): v is null | undefined =>
  v === null || v === undefined;

/** Any whole number is kept: one out of the range is an error finding of the fill (src/sheets/settings-check.ts), not a silent default. */
const readDecimals: FieldReader = (o, settings) => {
  if (isBlank(o.decimals)) settings.decimals = null;
  else if (Number.isInteger(o.decimals))
    settings.decimals = o.decimals as number;
  else return false;
  return true;
};

const readPeriods: FieldReader = (o, settings) => {
  if (isBlank(o.periods)) return true;
  if (
    !Array.isArray(o.periods) ||
    !o.periods.every((p) => typeof p === "string")
  )
    return false;
  settings.periods = [...o.periods];
  return true;
};

/** Pass-ons (SPEC §1): a list of { unit, group }; anything else in the document is not used. */
const readPassOn: FieldReader = (o, settings) => {
  if (isBlank(o.passOn)) return true;
  if (!Array.isArray(o.passOn) || !o.passOn.every(isPassOn)) return false;
  const passOn = (o.passOn as { unit: string; group: string }[])
    .map((p) => ({ unit: p.unit.trim(), group: p.group.trim() }))
    .filter((p) => p.unit !== "" && p.group !== "");
  if (passOn.length > 0) settings.passOn = passOn;
  return true;
};

const isPassOn = (p: unknown): boolean =>
  typeof p === "object" &&
  p !== null &&
  typeof (p as Stored).unit === "string" &&
  typeof (p as Stored).group === "string";

/** Revision against Fordel's own sheets: on unless switched off (only `false` is stored). */
const readRevision: FieldReader = (o, settings) => {
  if (isBlank(o.revision)) return true;
  if (typeof o.revision !== "boolean") return false;
  if (!o.revision) settings.revision = false;
  return true;
};

const readPriceFactor: FieldReader = (o, settings) => {
  if (isBlank(o.priceFactor)) return true;
  if (
    typeof o.priceFactor !== "string" ||
    parseFactorSetting(o.priceFactor) === null
  )
    return false;
  settings.priceFactor = o.priceFactor;
  return true;
};

const FIELDS: readonly FieldReader[] = [
  readDecimals,
  readPeriods,
  readPassOn,
  readRevision,
  readPriceFactor,
];
