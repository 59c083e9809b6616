/**
 * Answers the requests real Office.js sends (./office.ts) from the in-repo fake workbook
 * (test/excel/fake): each request's object paths are replayed on the fake's proxies by their
 * names (`Worksheets` → `worksheets`, `GetRangeByIndexes(…)` → `getRangeByIndexes(…)`, an
 * indexer → `getItem`), its actions queued on them (set a property, call a method, load), the
 * fake synced, and the results sent back in Office.js's response shape: a load's properties in
 * PascalCase (`{ Values, Text, RowIndex }`), a collection's items under `_Items` with an `_Id`
 * to address them by later, a null object as null, a method's value as is.
 * So the adapter runs on Microsoft's own client library and the fake's workbook semantics at once.
 */
import { FakeExcel, FakeOfficeError } from "../fake";
import { WIRE_ACTION, WireAction, WireAnswer, WireBody, WireObjectPath } from "./office";

const PATH = { global: 1, method: 3, property: 4, indexer: 5 } as const;

/** Office.js's internal calls the fake has no need of (they only check an array's size). */
const IGNORED_METHODS = new Set(["_ValidateArraySize"]);

const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const upper = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

type Any = Record<string, unknown> & { [k: string]: any };

function argumentsOf(info: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] } | undefined, resolve: (id: number) => Any): unknown[] {
  const args = [...(info?.Arguments ?? [])];
  info?.ReferencedObjectPathIds?.forEach((id, i) => {
    if (id) args[i] = resolve(id);
  });
  return args;
}

/** A loaded property path ("worksheet/name") of a fake object, or undefined when it cannot be read. */
function read(object: Any, path: string): unknown {
  let value: unknown = object;
  for (const part of path.split("/")) value = (value as Any)[part];
  return value;
}

/** `{ Name: …, Worksheet: { Name: … } }` for the selected paths of a loaded fake object. */
function pascal(object: Any, select: readonly string[]): Any {
  const out: Any = {};
  for (const path of select) {
    const parts = path.split("/");
    let target = out;
    for (const part of parts.slice(0, -1)) target = target[upper(part)] ??= {};
    target[upper(parts[parts.length - 1])] = read(object, path);
  }
  return out;
}

function isNull(object: Any): boolean {
  try {
    return object.isNullObject === true;
  } catch {
    return false;
  }
}

/** An answerer over `fake`: Office.js object path ids are unique per request context, so they are remembered across requests. */
export function answerFromFake(fake: FakeExcel): WireAnswer {
  const ctx = fake.context;
  const objects = new Map<number, Any>();
  const paths = new Map<number, WireObjectPath>();

  const resolve = (id: number): Any => {
    const known = objects.get(id);
    if (known) return known;
    const path = paths.get(id);
    if (!path) throw new Error(`wire: object path ${id} unknown`);
    const parent = path.ParentObjectPathId ? resolve(path.ParentObjectPathId) : undefined;
    const args = argumentsOf(path.ArgumentInfo, resolve);
    let object: Any;
    if (path.ObjectPathType === PATH.global) object = ctx.workbook as unknown as Any;
    else if (path.ObjectPathType === PATH.property) object = parent![lower(path.Name)];
    else if (path.ObjectPathType === PATH.indexer) {
      // Worksheets come back addressed by their id (what Office.js keys loaded items by).
      const key = args[0] as string;
      const byId = fake.state.sheets.find((s) => s.id === key);
      object = parent!.getItem(byId && parent === (ctx.workbook.worksheets as unknown) ? byId.name : key);
    } else if (path.ObjectPathType === PATH.method) object = parent![lower(path.Name)](...args);
    else throw new Error(`wire: object path type ${path.ObjectPathType} not answered`);
    if (object === undefined) throw new Error(`wire: the fake has no ${path.Name}`);
    objects.set(id, object);
    return object;
  };

  return async (body: WireBody) => {
    for (const [id, path] of Object.entries(body.ObjectPaths)) paths.set(Number(id), path);
    const pending: { action: WireAction; result: () => unknown }[] = [];
    for (const action of body.Actions) {
      // Instantiating a path runs it here, in order: `worksheets.add(…)` adds even when its result is not used.
      const object = resolve(action.ObjectPathId);
      if (action.ActionType === WIRE_ACTION.instantiate) continue;
      const args = argumentsOf(action.ArgumentInfo, resolve);
      if (action.ActionType === WIRE_ACTION.setProperty) object[lower(action.Name)] = args[0];
      else if (action.ActionType === WIRE_ACTION.method) {
        if (IGNORED_METHODS.has(action.Name)) continue;
        const value = object[lower(action.Name)](...args);
        if (value && typeof value === "object" && "value" in (value as object)) pending.push({ action, result: () => (value as { value: unknown }).value });
      } else if (action.ActionType === WIRE_ACTION.query || action.ActionType === WIRE_ACTION.queryAsJson) {
        const select = action.QueryInfo?.Select ?? [];
        const collection = "items" in object || typeof object.getItem === "function";
        if (collection) {
          object.load(select.map((p) => `items/${p}`));
          pending.push({
            action,
            result: () => ({
              _Items: (object.items as Any[]).map((item) => {
                const data = pascal(item, select);
                // Tables are addressed by name; worksheets by the id they were loaded with.
                if (data.Id === undefined && typeof item.name === "string") data._Id = item.name;
                return data;
              }),
            }),
          });
        } else {
          object.load(select);
          pending.push({ action, result: () => (isNull(object) ? null : pascal(object, select)) });
        }
      } else throw new Error(`wire: action type ${action.ActionType} not answered`);
    }
    await ctx.sync();
    return pending.map(({ action, result }) => ({ ActionId: action.Id, Value: result() }));
  };
}

export { FakeOfficeError };
