/** @jest-environment jsdom */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { missingSets, REQUIRED_SETS } from "../../src/excel/requirements";
import { HostTooOld } from "../../src/taskpane/HostTooOld";

const minor = (v: string) => Number(v.split(".")[1] ?? 0);
/** A host that has each set up to the version given (illustrative hosts; every set here is 1.x). */
const host = (has: Record<string, string>) => ({
  isSetSupported: (name: string, version = "1.1") => name in has && minor(version) <= minor(has[name]),
});

describe("requirement sets at start", () => {
  test("a current Excel has them all; Excel 2019 (ExcelApi 1.8, no shared runtime) lacks three", () => {
    expect(missingSets(host({ ExcelApi: "1.17", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.5" }))).toEqual([]);
    expect(missingSets(host({ ExcelApi: "1.8", CustomFunctionsRuntime: "1.1" }))).toEqual(["ExcelApi 1.9", "SharedRuntime 1.1", "CustomFunctionsRuntime 1.3"]);
    expect(REQUIRED_SETS.length).toBe(3);
  });

  test.each([
    ["da", /for gammel til Fordel/, /Fordel kræver ExcelApi 1\.9\. .*Intet i projektmappen er ændret/],
    ["en", /too old for Fordel/, /Fordel needs ExcelApi 1\.9\. .*Nothing in the workbook was changed/],
  ] as const)("the pane says so in %s, naming what is missing and what to use", (lang, title, body) => {
    render(
      <FluentProvider theme={webLightTheme}>
        <HostTooOld lang={lang} missing={["ExcelApi 1.9"]} />
      </FluentProvider>,
    );
    expect(screen.getByRole("alert")).toBeTruthy();
    expect(screen.getByRole("heading").textContent).toMatch(title);
    expect(screen.getByRole("alert").textContent).toMatch(body);
  });
});
