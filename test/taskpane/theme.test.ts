/** Office's theme → Fluent's: the four Office themes, Windows' high contrast, and no word from Office. */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fluentTheme, luminance, themeKind } from "../../src/taskpane/theme";

const office = (themeId: number | undefined, bodyBackgroundColor: string, isDarkTheme?: boolean) => ({ themeId, bodyBackgroundColor, isDarkTheme });
const plain = { forcedColors: false, prefersDark: false };

describe("themeKind", () => {
  test("Office's themes by id: Black and Dark Gray dark, Colorful and White light", () => {
    expect(themeKind({ ...plain, office: office(0, "#262626", true) })).toBe("dark");
    expect(themeKind({ ...plain, office: office(2, "#666666", true) })).toBe("dark");
    expect(themeKind({ ...plain, office: office(1, "#e6e6e6") })).toBe("colorful");
    expect(themeKind({ ...plain, office: office(3, "#ffffff") })).toBe("light");
  });

  test("without an id, isDarkTheme or the body's colour decides", () => {
    expect(themeKind({ ...plain, office: office(undefined, "#ffffff", true) })).toBe("dark");
    expect(themeKind({ ...plain, office: office(undefined, "#1f1f1f") })).toBe("dark");
    expect(themeKind({ ...plain, office: office(undefined, "#f3f3f3") })).toBe("light");
  });

  test("Windows' high contrast wins; with no word from Office the browser's dark mode decides", () => {
    expect(themeKind({ office: office(3, "#ffffff"), forcedColors: true, prefersDark: false })).toBe("contrast");
    expect(themeKind({ office: null, forcedColors: false, prefersDark: true })).toBe("dark");
    expect(themeKind({ office: null, forcedColors: false, prefersDark: false })).toBe("light");
  });

  test("each kind has its Fluent theme, with its own page background", () => {
    expect(fluentTheme("light")).toBe(webLightTheme);
    expect(fluentTheme("colorful")).toBe(webLightTheme);
    expect(fluentTheme("dark")).toBe(webDarkTheme);
    expect(fluentTheme("contrast")).toBe(teamsHighContrastTheme);
    expect(new Set([webLightTheme, webDarkTheme, teamsHighContrastTheme].map((t) => t.colorNeutralBackground1)).size).toBe(3);
  });

  test("luminance of colours as Office writes them", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1, 5);
    expect(luminance("000000")).toBe(0);
    expect(luminance("white")).toBeNull();
  });
});
