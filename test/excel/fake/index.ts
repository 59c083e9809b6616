/** The fake Excel: a workbook state and a request context over it (see ./context.ts for the semantics). */
import { CALCULATION_TYPE, FakeRequestContext } from "./context";
import { seedSnapshot, WorkbookSnapshot } from "./snapshot";
import { FakeWorkbookOptions, FakeWorkbookState } from "./workbook";

export * from "./context";
export * from "./snapshot";
export * from "./workbook";

/** A fake workbook and a fresh request context on it; `excel()` is the context typed as Office's. */
export class FakeExcel {
  readonly state: FakeWorkbookState;
  context: FakeRequestContext;
  /** Excel.run calls so far. */
  runs = 0;

  constructor(options: FakeWorkbookOptions = {}) {
    this.state = new FakeWorkbookState(options);
    this.context = new FakeRequestContext(this.state);
  }

  /** A fake holding the snapshot's workbook. */
  static fromSnapshot(snapshot: WorkbookSnapshot, options: FakeWorkbookOptions = {}): FakeExcel {
    const fake = new FakeExcel(options);
    seedSnapshot(fake.state, snapshot);
    return fake;
  }

  /** A new request context (as a new Excel.run would give), forgetting the old one's counts. */
  newContext(): FakeRequestContext {
    this.context = new FakeRequestContext(this.state);
    return this.context;
  }

  /** Excel.run on this workbook: each batch on a new request context (`context` is the latest). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.runs++;
    return batch(this.newContext() as unknown as Excel.RequestContext);
  }

  /** What the global `Excel` of office.js gives that Fordel uses, on this workbook. */
  namespace(): { run: FakeExcel["run"]; CalculationType: typeof CALCULATION_TYPE } {
    return { run: (batch) => this.run(batch), CalculationType: CALCULATION_TYPE };
  }

  excel(): Excel.RequestContext {
    return this.context as unknown as Excel.RequestContext;
  }
}
