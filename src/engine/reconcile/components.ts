import type { FlowGraph } from "./flow";

/** Strongly connected components of the residual arcs of reduced cost 0 (iterative Tarjan). */
export function zeroCostComponents<C>(
  g: FlowGraph<C>,
  zero: Uint8Array,
): Int32Array {
  const { tail, head, flow, start, incident } = g;
  const n = g.nodeCount;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const callNode: number[] = [];
  const callEdge: number[] = [];
  let counter = 0;
  let count = 0;
  const next = (v: number, b: number): number => {
    if (!zero[b]) return -1;
    if (tail[b] === v) return flow[b] === 0 ? head[b] : -1;
    return flow[b] === 1 ? tail[b] : -1;
  };
  for (let root = 0; root < n; root++) {
    if (index[root] >= 0) continue;
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    callNode.push(root);
    callEdge.push(start[root]);
    while (callNode.length > 0) {
      const top = callNode.length - 1;
      const v = callNode[top];
      if (callEdge[top] < start[v + 1]) {
        const w = next(v, incident[callEdge[top]++]);
        if (w < 0) continue;
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callNode.push(w);
          callEdge.push(start[w]);
        } else if (onStack[w] && index[w] < low[v]) low[v] = index[w];
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component[w] = count;
        } while (w !== v);
        count++;
      }
      callNode.pop();
      callEdge.pop();
      if (callNode.length > 0) {
        const up = callNode[callNode.length - 1];
        if (low[v] < low[up]) low[up] = low[v];
      }
    }
  }
  return component;
}
