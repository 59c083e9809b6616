import { loadSettings, parseSettings, saveSettings, SETTINGS_KEY, SettingsStore, settingsOrDefault } from "../../src/excel/settings";
import { DEFAULT_SETTINGS } from "../../src/sheets/fill-types";

/** Office.Settings in memory: values are kept (as JSON, like the document does) once saveAsync succeeds. */
function store(fail = false) {
  const saved = new Map<string, string>();
  const pending = new Map<string, unknown>();
  const s = {
    saved,
    get: (k: string) => (pending.has(k) ? pending.get(k) : saved.has(k) ? JSON.parse(saved.get(k)!) : null),
    set: (k: string, v: unknown) => void pending.set(k, v),
    saveAsync: (cb?: (r: { status: string; error?: { message: string } }) => void) => {
      if (!fail) for (const [k, v] of pending) saved.set(k, JSON.stringify(v));
      cb?.(fail ? { status: "failed", error: { message: "read-only document" } } : { status: "succeeded" });
    },
  };
  return s;
}

describe("document settings", () => {
  test("saved settings come back; nothing saved gives null", async () => {
    const s = store();
    expect(loadSettings(s as unknown as SettingsStore)).toBeNull();
    await saveSettings({ method: "largest-remainder", lang: "en", decimals: -3, periods: ["2026"] }, s as unknown as SettingsStore);
    expect(JSON.parse(s.saved.get(SETTINGS_KEY)!)).toEqual({ method: "largest-remainder", lang: "en", decimals: -3, periods: ["2026"] });
    expect(loadSettings(s as unknown as SettingsStore)).toEqual({ method: "largest-remainder", lang: "en", decimals: -3, periods: ["2026"] });
  });

  test("a failed save rejects with Office's message", async () => {
    await expect(saveSettings(DEFAULT_SETTINGS, store(true) as unknown as SettingsStore)).rejects.toThrow("read-only document");
  });

  test("anything else stored under the key is not used", () => {
    for (const bad of [
      "x",
      1,
      { method: "magic", lang: "da" },
      { method: "nearest", lang: "de" },
      { method: "nearest", lang: "da", decimals: 1.5 },
      { method: "nearest", lang: "da", periods: [2026] },
    ]) {
      expect(parseSettings(bad)).toBeNull();
    }
    expect(parseSettings({ method: "nearest", lang: "da" })).toEqual({ method: "nearest", lang: "da", decimals: null });
  });

  test("defaults follow the display language", () => {
    expect(settingsOrDefault(null, "da-DK")).toEqual(DEFAULT_SETTINGS);
    expect(settingsOrDefault(null, "en-US").lang).toBe("en");
    expect(settingsOrDefault(null).lang).toBe("da");
  });
});
