import { GriffelStyle, makeStyles, tokens } from "@fluentui/react-components";

/** A boxed message in the pane, in the given border and background colours. */
function noticeBox(border: string, background: string): GriffelStyle {
  return {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    "& p": { margin: 0 },
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${border}`,
    backgroundColor: background,
  };
}

/** Layout shared by the pane's parts: one column that stacks and wraps down to 320 px, never scrolls sideways. */
export const usePaneStyles = makeStyles({
  /** The whole pane: the content, then the footer that sticks to the bottom of the window. */
  page: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Words wrap whole, or hyphenated in the page's language – never cut mid-word ("regionsand/ele").
    overflowWrap: "break-word",
    hyphens: "auto",
  },
  root: {
    boxSizing: "border-box",
    flexGrow: 1,
    maxWidth: "100%",
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    overflowX: "hidden",
  },
  /** The header line: what, unit, when read, read again. */
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    rowGap: 0,
    minWidth: 0,
  },
  headerText: { flexGrow: 1, minWidth: 0 },
  /** The primary action, its progress and its outcome: always in view at the bottom of the pane. */
  footer: {
    position: "sticky",
    bottom: 0,
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow8,
    "& p": { margin: 0 },
  },
  progress: {
    width: "100%",
    height: "6px",
    accentColor: tokens.colorBrandBackground,
  },
  primary: { width: "100%", maxWidth: "100%", height: "auto" },
  /** The outcome of a fill: a coloured bar at the start as well as the icon and words (not colour alone). */
  outcome: {
    paddingInlineStart: tokens.spacingHorizontalS,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: "solid",
    borderLeftColor: "currentColor",
    fontWeight: tokens.fontWeightSemibold,
  },
  chips: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
  },
  chip: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  /** A fold (<details>): its summary reads as a heading one can open. */
  fold: {
    minWidth: 0,
    "& > summary": {
      cursor: "pointer",
      fontWeight: tokens.fontWeightSemibold,
      paddingTop: tokens.spacingVerticalXXS,
      paddingBottom: tokens.spacingVerticalXXS,
    },
    "& > summary:focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  foldBody: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalM,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  /** One finding: its message in small type, its cell as a link. */
  finding: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  /** A unit's total as a bar: name, bar, value. */
  bars: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 9em) minmax(2em, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: "center",
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  barTrack: {
    height: "8px",
    backgroundColor: tokens.colorNeutralBackground4,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: {
    height: "100%",
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
  },
  number: {
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    "& p": { margin: 0 },
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  button: {
    maxWidth: "100%",
    height: "auto",
    textAlign: "start",
  },
  findingButton: {
    width: "100%",
    maxWidth: "100%",
    height: "auto",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
  },
  /** A radio and its explanation: close together, apart from the next radio. */
  radioOption: {
    display: "flex",
    flexDirection: "column",
    paddingBottom: tokens.spacingVerticalS,
  },
  /** A radio's explanation, under its label (the radio indicator's width in). */
  radioHelp: {
    paddingInlineStart: "32px",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  /** A finding without a cell, aligned with the findings that are buttons. */
  findingText: {
    display: "block",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  success: { color: tokens.colorPaletteGreenForeground1 },
  /** A label over a group of controls, looking like a Field's label. */
  groupLabel: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground1,
  },
  notice: noticeBox(tokens.colorNeutralStroke1, tokens.colorNeutralBackground2),
  errorNotice: noticeBox(
    tokens.colorPaletteRedBorder1,
    tokens.colorPaletteRedBackground1,
  ),
  card: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  /** Label–value pairs that wrap onto two lines when the pane is narrow. */
  facts: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    "& > div": {
      display: "flex",
      flexWrap: "wrap",
      columnGap: tokens.spacingHorizontalS,
    },
    "& dt": { fontWeight: tokens.fontWeightSemibold },
    "& dt::after": { content: '":"' },
    "& dd": { margin: 0 },
  },
});
