/** The fake Excel: a workbook state and a request context over it (see ./context.ts for the semantics). */
import { FakeRequestContext } from "./context";
import { seedSnapshot, WorkbookSnapshot } from "./snapshot";
import { FakeWorkbookOptions, FakeWorkbookState } from "./workbook";

export * from "./context";
export * from "./snapshot";
export * from "./workbook";

/** A fake workbook and a fresh request context on it; `excel()` is the context typed as Office's. */
export class FakeExcel {
  readonly state: FakeWorkbookState;
  context: FakeRequestContext;

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

  excel(): Excel.RequestContext {
    return this.context as unknown as Excel.RequestContext;
  }
}
