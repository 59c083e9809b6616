import {
  Finding,
  FindingCode,
  FindingParams,
  FindingPlace,
  Lang,
  Severity,
  finding,
  messageFor,
} from "../engine";

/** Collects findings in one language while a table is read. */
export class FindingList {
  readonly items: Finding[] = [];
  constructor(readonly lang: Lang) {}

  add(
    severity: Severity,
    code: FindingCode,
    params: FindingParams,
    place: FindingPlace,
  ): void {
    this.items.push(finding(severity, code, params, place, this.lang));
  }

  /** Adds findings made elsewhere (e.g. by the engine's key checks) in this language, with a place where they lack one. */
  addAll(findings: readonly Finding[], place: FindingPlace = {}): void {
    for (const f of findings)
      this.items.push({
        ...place,
        ...stripUndefined(f),
        message: messageFor(f.code, f.params, this.lang),
      });
  }
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined),
  ) as T;
}
