export * from "./decimal";
export * from "./rational";
export * from "./findings";
export * from "./messages";
export * from "./key";
export * from "./precision";
export * from "./apportion";
export * from "./table";
