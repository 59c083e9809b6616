import { setDisplayLanguage, valueError } from "./setup";
import { apportion, keyShare, regionShare, shares } from "../../src/functions/functions";
import { clearCaches } from "../../src/functions/calls";
import { REGIONS_2025 } from "../fixtures/keys";

const REGIONS = REGIONS_2025.map(([unit, share]) => [unit, Number(share)]);
const RH = "Region Hovedstaden";

beforeEach(() => {
  clearCaches();
  setDisplayLanguage("da-DK");
});

/** The #VALUE! message of a call. */
const message = async (call: Promise<unknown>): Promise<string> => (await valueError(call)).message;

describe("bad input gives #VALUE! with a message saying what to fix (Danish by default)", () => {
  test("an amount that is not a number", async () => {
    expect(await message(regionShare("ca. 350", RH, REGIONS, 1))).toBe(
      "Beløbet „ca. 350“ er ikke et tal. Skriv et tal, fx 350,0 eller 1.570.129, eller lad det stå tomt.",
    );
    expect(await message(shares(true, REGIONS, 1))).toMatch(/^Beløbet „TRUE“ er ikke et tal/i);
  });

  test("an amount in APPORTION's column that is not a number names its row", async () => {
    expect(await message(apportion([[9], [60], ["tres"]], REGIONS, 1))).toMatch(/^Beløbet i række 3 „tres“ er ikke et tal/);
  });

  test("APPORTION's amounts must be one column", async () => {
    expect(await message(apportion([[9, 60]], REGIONS, 1))).toBe(
      "Beløbene skal være én kolonne, men området har 2 kolonner. Vælg én kolonne (brug evt. TRANSPONER).",
    );
  });

  test("an amount that is not on the step", async () => {
    expect(await message(regionShare(109.15, RH, REGIONS, 1))).toBe(
      "Beløbet 109,15 går ikke op i trinnet 0,1 (decimaler 1). Vælg flere decimaler eller ret beløbet.",
    );
    expect(await message(shares(1500, REGIONS, -3))).toBe("Beløbet 1.500 går ikke op i trinnet 1.000 (decimaler -3). Vælg flere decimaler eller ret beløbet.");
  });

  test("an amount in APPORTION's column that is not on the step names its row", async () => {
    expect(await message(apportion([[9], [60], [1.25]], REGIONS, 1))).toBe(
      "Beløbet 1,25 i række 3 går ikke op i trinnet 0,1 (decimaler 1). Vælg flere decimaler eller ret beløbet.",
    );
  });

  test.each([[11], [-7], [1.5], ["en"], [true]])("decimals %p out of range -6..10 or not whole", async (decimals) => {
    expect(await message(regionShare(350, RH, REGIONS, decimals))).toMatch(
      /^Decimaler skal være et helt tal fra -6 til 10 \(som i AFRUND\), ikke „.+“\. Udelad det for beløbets egne decimaler\.$/,
    );
  });

  test("decimals at the ends of the range are accepted", async () => {
    expect(await regionShare(350, RH, REGIONS, 10)).toBe(109.06);
    expect(await regionShare(0, RH, REGIONS, -6)).toBe(0);
  });

  test("a missing unit", async () => {
    expect(await message(regionShare(350, null, REGIONS, 1))).toBe("Angiv en enhed: en regions eller kommunes navn eller kode.");
    expect(await message(keyShare("  ", REGIONS))).toBe("Angiv en enhed: en regions eller kommunes navn eller kode.");
  });

  test("a unit that is not in the key lists the key's units", async () => {
    expect(await message(regionShare(350, "Aarhus", REGIONS, 1))).toBe(
      "Enheden „Aarhus“ er ikke i nøglen „område“. Nøglens enheder: Region Hovedstaden, Region Sjælland, Region Syddanmark, Region Midtjylland, Region Nordjylland.",
    );
    expect(await message(keyShare("Region Nordjyland", REGIONS))).toMatch(/^Enheden „Region Nordjyland“ er ikke i nøglen/);
  });

  test("a key range with an unknown unit names the row", async () => {
    const key = [...REGIONS.slice(0, 4), ["Region Nordjyland", 0.1033]];
    expect(await message(shares(350, key, 1))).toBe(
      "Enheden „Region Nordjyland“ (række 5 i nøglen) kendes ikke. Brug en regions eller kommunes navn eller officielle kode.",
    );
  });

  test("a key range with a share that is not a number, or missing", async () => {
    const bad = REGIONS.map(([u, s], i) => [u, i === 1 ? "cirka 15 %" : s]);
    expect(await message(shares(350, bad, 1))).toBe(
      "Andelen „cirka 15 %“ for Region Sjælland (række 2 i nøglen) er ikke et tal. Skriv fx 0,3116 eller 31,16 %.",
    );
    const missing = REGIONS.map(([u, s], i) => [u, i === 2 ? "" : s]);
    expect(await message(shares(350, missing, 1))).toBe("Andelen for Region Syddanmark (række 3 i nøglen) mangler. Skriv fx 0,3116 eller 31,16 %.");
  });

  test("a negative share", async () => {
    const key = REGIONS.map(([u, s], i) => [u, i === 0 ? -0.3116 : s]);
    expect(await message(shares(350, key, 1))).toBe(
      "Nøglen „område“ har en negativ andel for Region Hovedstaden (-0,3116). Andele skal være 0 eller positive.",
    );
  });

  test("an empty key range, and one whose shares are all 0", async () => {
    expect(
      await message(
        shares(
          350,
          [
            ["", ""],
            ["", ""],
          ],
          1,
        ),
      ),
    ).toBe("Nøglen „område“ har ingen enheder. Tilføj enheder med andele.");
    expect(
      await message(
        shares(
          350,
          REGIONS.map(([u]) => [u, 0]),
          1,
        ),
      ),
    ).toBe("Alle andele i nøglen „område“ er 0. Udfyld andelene.");
  });

  test("a unit twice in the key (by two of its names)", async () => {
    const key = [...REGIONS, ["Hovedstaden", 0.1]];
    expect(await message(shares(350, key, 1))).toBe("Region Hovedstaden står mere end én gang i nøglen „område“. Slet den ekstra linje.");
  });

  test("a key range mixing regions and municipalities", async () => {
    const key = [...REGIONS.slice(0, 4), ["Aarhus", 0.1033]];
    expect(await message(shares(350, key, 1))).toBe(
      "Nøglen blander regioner og kommuner (Region Hovedstaden og Aarhus i række 5). Brug én slags enheder i en nøgle.",
    );
  });

  test("a key range that is not two columns", async () => {
    const three = REGIONS.map(([u, s]) => [u, s, 1]);
    expect(await message(shares(350, three, 1))).toBe(
      "Nøglen skal være et område med to kolonner (enhed, andel), men det har 3. Vælg enheds- og andelskolonnen, eller skriv nøglens navn.",
    );
  });

  test("no key: an empty name, a single number", async () => {
    const text = "Angiv en nøgle: et område med to kolonner (enhed, andel) eller navnet på en nøgle i nøgletabellen.";
    expect(await message(shares(350, [[""]], 1))).toBe(text);
    expect(await message(shares(350, [[0.3116]], 1))).toBe(text);
  });

  test("a key by name outside Excel", async () => {
    expect(await message(shares(350, [["Bloktilskud 2025"]], 1))).toBe("Nøglen „Bloktilskud 2025“ kan kun slås op i Excel. Angiv nøglen som et område.");
  });
});

describe("messages follow Office's display language", () => {
  test("English", async () => {
    setDisplayLanguage("en-US");
    expect(await message(regionShare(109.15, RH, REGIONS, 1))).toBe(
      "Amount 109.15 is not a multiple of the step 0.1 (decimals 1). Choose more decimals or correct the amount.",
    );
    expect(
      await message(
        shares(
          350,
          REGIONS.map(([u]) => [u, 0]),
          1,
        ),
      ),
    ).toBe('Every share in key "range" is 0. Fill in the shares.');
  });

  test("Danish for da-DK", async () => {
    setDisplayLanguage("da-DK");
    expect(await message(regionShare(350, "Aarhus", REGIONS, 1))).toMatch(/^Enheden „Aarhus“ er ikke i nøglen/);
  });

  test("Danish before Office knows the language (a call before Office.onReady, the one rule's default), then the language once known", async () => {
    setDisplayLanguage(undefined);
    expect(await message(regionShare(350, "Aarhus", REGIONS, 1))).toMatch(/^Enheden „Aarhus“ er ikke i nøglen/);
    (globalThis as { Office?: unknown }).Office = { context: {} };
    expect(await message(regionShare(350, "Aarhus", REGIONS, 1))).toMatch(/^Enheden „Aarhus“ er ikke i nøglen/);
    setDisplayLanguage("en-US");
    expect(await message(regionShare(350, "Aarhus", REGIONS, 1))).toMatch(/^Unit "Aarhus" is not in key/);
  });
});
