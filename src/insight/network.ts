import { performance } from 'node:perf_hooks';

/**
 * Centrality in the co-participation network: organisations are nodes, and two are linked when they
 * take part in a project (or are parties to an agreement) together. Betweenness follows Brandes
 * (2001) on the unweighted graph; the cross-helix variant counts only the shortest paths between
 * organisations of different helices, so it ranks those that bridge the helices.
 */

export interface Graph {
  /** Node count; nodes are 0..size-1. */
  size: number;
  /** Compressed adjacency: the neighbours of v are targets[offsets[v] .. offsets[v+1]). */
  offsets: Int32Array;
  targets: Int32Array;
}

/** An undirected graph from its links (pairs of node numbers; duplicates and loops are ignored). */
export function graphOf(size: number, links: [number, number][]): Graph {
  const neighbours: Set<number>[] = Array.from({ length: size }, () => new Set());
  for (const [a, b] of links) {
    if (a === b) continue;
    neighbours[a].add(b);
    neighbours[b].add(a);
  }
  const offsets = new Int32Array(size + 1);
  for (let v = 0; v < size; v++) offsets[v + 1] = offsets[v] + neighbours[v].size;
  const targets = new Int32Array(offsets[size]);
  neighbours.forEach((set, v) => targets.set([...set].sort((x, y) => x - y), offsets[v]));
  return { size, offsets, targets };
}

export interface Betweenness {
  /** Every shortest path counted, normalised by (n-1)(n-2)/2 pairs: 0 to 1. */
  all: Float64Array;
  /** Only paths whose two ends share no group (helix), normalised by the number of such pairs. */
  crossGroup: Float64Array;
  /** How many sources were searched: all nodes (exact) or a sample (estimate, scaled up). */
  sources: number;
}

/**
 * Brandes' betweenness, from every node or, when `sampleSize` is below the node count, from an evenly
 * spread, deterministic sample of sources with the sums scaled by n / sample (Brandes and Pich, 2007).
 * Computed in slices of about `sliceMs` that give the event loop back in between: a network of
 * thousands of organisations takes seconds, and the requests served meanwhile must not wait for it.
 * `groups` holds each node's groups as a bit mask (a hybrid organisation is in several helices): two
 * nodes are in different groups when their masks share no bit.
 */
export async function betweenness(graph: Graph, groups: Int32Array, sampleSize = Infinity, sliceMs = 15): Promise<Betweenness> {
  const steps = betweennessSteps(graph, groups, sampleSize);
  let sliceStarted = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStarted >= sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStarted = performance.now();
    }
  }
}

/** Brandes' algorithm, one source per step. */
function* betweennessSteps(graph: Graph, groups: Int32Array, sampleSize: number): Generator<void, Betweenness> {
  const n = graph.size;
  const all = new Float64Array(n);
  const cross = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const order = new Int32Array(n);
  const delta = new Float64Array(n);
  const deltaCross = new Float64Array(n);
  const queue = new Int32Array(n);
  const sources = Math.min(n, Math.max(1, Math.floor(sampleSize)));
  const { offsets, targets } = graph;

  for (let k = 0; k < sources; k++) {
    // An even spread over the node numbers, which the caller assigns in a stable order.
    const s = sources === n ? k : Math.floor((k * n) / sources);
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    deltaCross.fill(0);
    sigma[s] = 1;
    distance[s] = 0;
    let head = 0;
    let tail = 0;
    let visited = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++];
      order[visited++] = v;
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = targets[e];
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          queue[tail++] = w;
        }
        if (distance[w] === distance[v] + 1) sigma[w] += sigma[v];
      }
    }
    // Back-propagate dependencies, farthest first; predecessors are the neighbours one step closer.
    for (let i = visited - 1; i > 0; i--) {
      const w = order[i];
      const crossEnd = (groups[w] & groups[s]) === 0 ? 1 : 0;
      for (let e = offsets[w]; e < offsets[w + 1]; e++) {
        const v = targets[e];
        if (distance[v] !== distance[w] - 1) continue;
        const share = sigma[v] / sigma[w];
        delta[v] += share * (1 + delta[w]);
        deltaCross[v] += share * (crossEnd + deltaCross[w]);
      }
      all[w] += delta[w];
      cross[w] += deltaCross[w];
    }
    yield;
  }

  // Each unordered pair was counted from both ends; a sample stands for n sources.
  const scale = n / sources / 2;
  const pairs = ((n - 1) * (n - 2)) / 2;
  // Pairs of nodes sharing no group, counted by mask (there are few distinct masks).
  const masks = new Map<number, number>();
  for (let v = 0; v < n; v++) masks.set(groups[v], (masks.get(groups[v]) ?? 0) + 1);
  const maskCounts = [...masks];
  let crossTotal = 0;
  for (let i = 0; i < maskCounts.length; i++) {
    for (let j = i + 1; j < maskCounts.length; j++) if ((maskCounts[i][0] & maskCounts[j][0]) === 0) crossTotal += maskCounts[i][1] * maskCounts[j][1];
  }
  for (let v = 0; v < n; v++) {
    all[v] = pairs > 0 ? (all[v] * scale) / pairs : 0;
    // Cross pairs that do not include v itself.
    const apartFromV = maskCounts.reduce((sum, [mask, size]) => sum + ((mask & groups[v]) === 0 ? size : 0), 0);
    const crossPairs = crossTotal - apartFromV;
    cross[v] = crossPairs > 0 ? (cross[v] * scale) / crossPairs : 0;
  }
  return { all, crossGroup: cross, sources };
}
