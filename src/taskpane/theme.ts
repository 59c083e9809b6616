/* global window */
/**
 * Office's theme → one of Fluent's themes, so the pane looks like the Office around it:
 * White and Colorful → light, Dark Gray and Black → dark, Windows' high contrast (forced
 * colours) → Fluent's high-contrast theme. Without a word from Office the browser's
 * `prefers-color-scheme` decides (Excel on the web in the browser's dark mode).
 */
import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { OfficeThemeView } from "./host";

export type PaneThemeKind = "light" | "colorful" | "dark" | "contrast";

/** Office.ThemeId values (Office.ThemeId is not there outside Office). */
const THEME_ID = { black: 0, colorful: 1, darkGray: 2, white: 3 };

/** Relative luminance of "#rrggbb" (0 black … 1 white); null when not such a colour. */
export function luminance(colour: string | undefined): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec((colour ?? "").trim());
  if (!match) return null;
  const n = parseInt(match[1], 16);
  const channel = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((n >> 16) & 255) +
    0.7152 * channel((n >> 8) & 255) +
    0.0722 * channel(n & 255)
  );
}

export interface ThemeSignals {
  office: OfficeThemeView | null | undefined;
  /** `(forced-colors: active)`: Windows' high contrast. */
  forcedColors: boolean;
  /** `(prefers-color-scheme: dark)`. */
  prefersDark: boolean;
}

export function themeKind({
  office,
  forcedColors,
  prefersDark,
}: ThemeSignals): PaneThemeKind {
  if (forcedColors) return "contrast";
  if (office) {
    if (
      office.themeId === THEME_ID.black ||
      office.themeId === THEME_ID.darkGray
    )
      return "dark";
    if (office.themeId === THEME_ID.colorful) return "colorful";
    if (office.themeId === THEME_ID.white) return "light";
    if (office.isDarkTheme === true) return "dark";
    const lum = luminance(office.bodyBackgroundColor);
    if (lum !== null) return lum < 0.2 ? "dark" : "light";
  }
  return prefersDark ? "dark" : "light";
}

export function fluentTheme(kind: PaneThemeKind): Theme {
  if (kind === "dark") return webDarkTheme;
  if (kind === "contrast") return teamsHighContrastTheme;
  return webLightTheme;
}

const matches = (query: string) =>
  typeof window !== "undefined" &&
  typeof window.matchMedia === "function" &&
  window.matchMedia(query).matches;

/** The theme for this page now. */
export function currentThemeKind(
  office: OfficeThemeView | null | undefined,
): PaneThemeKind {
  return themeKind({
    office,
    forcedColors: matches("(forced-colors: active)"),
    prefersDark: matches("(prefers-color-scheme: dark)"),
  });
}
