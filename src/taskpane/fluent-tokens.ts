/**
 * Fluent's `tokens` for the page: every theme token as its CSS variable
 * (`tokens.colorNeutralForeground1` = "var(--colorNeutralForeground1)"), made when asked for
 * instead of a table of ≈ 470 such strings (≈ 3 KB gzipped of the page's first download,
 * issue 13). The page's build puts this module in place of @fluentui/tokens' table
 * (webpack.config.js); test/taskpane/fluent-tokens.test.ts checks it gives what the table does.
 */

/** The tokens whose variable has a fallback in Fluent's table. */
const FALLBACKS: Record<string, string> = {
  zIndexBackground: "0",
  zIndexContent: "1",
  zIndexOverlay: "1000",
  zIndexPopup: "2000",
  zIndexMessages: "3000",
  zIndexFloating: "4000",
  zIndexPriority: "5000",
  zIndexDebug: "6000",
};

export const tokens: Record<string, string> = new Proxy(
  {},
  {
    get: (_, name) =>
      typeof name !== "string"
        ? undefined
        : name in FALLBACKS
          ? `var(--${name}, ${FALLBACKS[name]})`
          : `var(--${name})`,
  },
);
