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
  const o = raw as Record<string, unknown>;
  if (!METHODS.includes(o.method as Method)) return null;
  if (o.lang !== "da" && o.lang !== "en") return null;
  const settings: FillSettings = { method: o.method as Method, lang: o.lang };
  if (o.decimals === null || o.decimals === undefined) settings.decimals = null;
  // Any whole number is kept: one out of the range is an error finding of the fill (src/sheets/settings-check.ts), not a silent default.
  else if (Number.isInteger(o.decimals))
    settings.decimals = o.decimals as number;
  else return null;
  if (o.periods !== undefined && o.periods !== null) {
    if (
      !Array.isArray(o.periods) ||
      !o.periods.every((p) => typeof p === "string")
    )
      return null;
    settings.periods = [...o.periods];
  }
  // Pass-ons (SPEC §1): a list of { unit, group }; anything else in the document is not used.
  if (o.passOn !== undefined && o.passOn !== null) {
    if (
      !Array.isArray(o.passOn) ||
      !o.passOn.every(
        (p: unknown) =>
          typeof p === "object" &&
          p !== null &&
          typeof (p as Record<string, unknown>).unit === "string" &&
          typeof (p as Record<string, unknown>).group === "string",
      )
    )
      return null;
    const passOn = (o.passOn as { unit: string; group: string }[])
      .map((p) => ({ unit: p.unit.trim(), group: p.group.trim() }))
      .filter((p) => p.unit !== "" && p.group !== "");
    if (passOn.length > 0) settings.passOn = passOn;
  }
  // Revision against Fordel's own sheets: on unless switched off (only `false` is stored).
  if (o.revision !== undefined && o.revision !== null) {
    if (typeof o.revision !== "boolean") return null;
    if (!o.revision) settings.revision = false;
  }
  if (o.priceFactor !== undefined && o.priceFactor !== null) {
    if (
      typeof o.priceFactor !== "string" ||
      parseFactorSetting(o.priceFactor) === null
    )
      return null;
    settings.priceFactor = o.priceFactor;
  }
  return settings;
}
