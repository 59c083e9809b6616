export * from "./types";
export { roundTable } from "./round-table";
export { checkRoundedTable } from "./check";
export type { TableViolation } from "./check";
