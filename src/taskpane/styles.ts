/**
 * The pane's class names; their rules are in pane.css, which the build inlines into
 * taskpane.html (no style compiler in the page's JavaScript). One column that stacks and wraps
 * down to 320 px and never scrolls sideways.
 */
const NAMES = [
  "page",
  "root",
  "header",
  "headerText",
  "footer",
  "progress",
  "primary",
  "outcome",
  "chips",
  "chip",
  "fold",
  "foldBody",
  "fieldset",
  "finding",
  "bars",
  "barTrack",
  "bar",
  "number",
  "section",
  "heading",
  "subheading",
  "title",
  "row",
  "list",
  "button",
  "radioOption",
  "choice",
  "choices",
  "radioHelp",
  "muted",
  "error",
  "warning",
  "success",
  "groupLabel",
  "notice",
  "card",
  "facts",
  "stepper",
  "step",
] as const;

export type PaneClass = (typeof NAMES)[number];

/** Every class of pane.css, by its name here (`styles.page` = "fd-page"). */
export const styles = Object.fromEntries(
  NAMES.map((name) => [name, `fd-${name}`]),
) as Record<PaneClass, string>;

/** Class names joined, leaving out the ones not given. */
export function classes(...names: (string | false | null | undefined)[]) {
  return names.filter(Boolean).join(" ");
}
