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
  root: {
    boxSizing: "border-box",
    maxWidth: "100%",
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    overflowWrap: "anywhere",
    overflowX: "hidden",
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
