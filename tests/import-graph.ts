import fs from "node:fs";
import path from "node:path";

// The project's import graph: its own source files and the files each imports (relative and "@/" paths),
// by path from the root.
export type Graph = Map<string, string[]>;
export type Edge = [from: string, to: string];

export const SOURCE_DIRS = ["app", "components", "lib", "scripts", "packages/chart-svg"];

export interface Project {
  files: string[];
  text: Map<string, string>;
  graph: Graph;
}

export function loadProject(root = path.resolve("."), dirs = SOURCE_DIRS): Project {
  const files = dirs
    .flatMap((d) => walk(path.join(root, d)))
    .filter((f) => /\.(ts|tsx|js|mjs)$/.test(f) && !f.endsWith(".d.ts"))
    .map((f) => path.relative(root, f).split(path.sep).join("/"));
  const text = new Map(files.map((f) => [f, fs.readFileSync(path.join(root, f), "utf8")]));
  const graph: Graph = new Map(files.map((f) => [f, importsOf(f, text.get(f)!, (c) => text.has(c))]));
  return { files, text, graph };
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.name === "node_modules" ? [] : e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );
}

// Every module specifier in a source: imports and re-exports (type-only included), dynamic and side-effect imports.
export function specifiers(src: string): string[] {
  const fromClause = /(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']/.source;
  const dynamic = /import\s*\(\s*(?:\/\*.*?\*\/\s*)*["']([^"']+)["']/.source;
  const sideEffect = /^import\s+["']([^"']+)["']/.source;
  return [...src.matchAll(new RegExp(`${fromClause}|${dynamic}|${sideEffect}`, "gms"))].map(
    (m) => (m[1] ?? m[2] ?? m[3])!,
  );
}

// A specifier resolved to one of the project's files (root-relative, "/" separators), or undefined for packages.
export function resolveSpecifier(from: string, spec: string, exists: (file: string) => boolean): string | undefined {
  const base = spec.startsWith("@/")
    ? spec.slice(2)
    : spec.startsWith(".")
      ? path.posix.join(path.posix.dirname(from), spec)
      : undefined;
  if (base === undefined) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find(exists);
}

function importsOf(file: string, src: string, exists: (file: string) => boolean): string[] {
  const out = specifiers(src).map((s) => resolveSpecifier(file, s, exists));
  return [...new Set(out.filter((f): f is string => f !== undefined))];
}

export function edges(graph: Graph): Edge[] {
  return [...graph].flatMap(([from, tos]) => tos.map((to): Edge => [from, to]));
}

export function reaches(graph: Graph, start: string, target: string): boolean {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const f = stack.pop()!;
    if (f === target) return true;
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...(graph.get(f) ?? []));
  }
  return false;
}

// The graph's cycles, one per strongly connected component (Tarjan), each as a closed path "a → b → … → a".
export function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(component);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components.map((c) => closedPath(graph, new Set(c)));
}

// A shortest path inside one component from its first file (by name) back to itself.
function closedPath(graph: Graph, component: Set<string>): string[] {
  const start = [...component].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const pathBack = [v];
        while (pathBack[0] !== start) pathBack.unshift(previous.get(pathBack[0]!)!);
        return [...pathBack, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

// The folder a file belongs to for layering: lib/<x> and components/<x>; app files by their own directory;
// anything else by its top folder.
export function folderOf(file: string): string {
  const parts = file.split("/");
  if ((parts[0] === "lib" || parts[0] === "components") && parts.length > 2) return parts.slice(0, 2).join("/");
  if (parts[0] === "app") return parts.slice(0, -1).join("/");
  return parts.length > 2 && parts[0] === "packages" ? parts.slice(0, 2).join("/") : parts[0]!;
}

// The graph of folders: one arrow where any file of one imports a file of the other.
export function folderGraph(graph: Graph): Graph {
  const out: Graph = new Map();
  for (const [from, to] of edges(graph)) {
    const [a, b] = [folderOf(from), folderOf(to)];
    if (a !== b) out.set(a, [...new Set([...(out.get(a) ?? []), b])]);
  }
  return out;
}

// Pairs of folders that import each other, each with the file edges that make it so (both directions).
export function folderPairs(graph: Graph): { pair: [string, string]; edges: Edge[] }[] {
  const between = new Map<string, Edge[]>();
  for (const [from, to] of edges(graph)) {
    const a = folderOf(from);
    const b = folderOf(to);
    if (a === b) continue;
    const key = `${a}\n${b}`;
    between.set(key, [...(between.get(key) ?? []), [from, to]]);
  }
  const pairs: { pair: [string, string]; edges: Edge[] }[] = [];
  for (const [key, there] of between) {
    const [a, b] = key.split("\n") as [string, string];
    const back = between.get(`${b}\n${a}`);
    if (a < b && back) pairs.push({ pair: [a, b], edges: [...there, ...back] });
  }
  return pairs.sort((x, y) => x.pair.join().localeCompare(y.pair.join()));
}

// A desk file: under a "desk" or "(desk)" folder anywhere
// (app/[locale]/desk, app/[locale]/(desk)/desk, app/api/desk, components/desk, lib/desk).
export const isDesk = (file: string) => file.split("/").some((p) => p === "desk" || p === "(desk)");
// A public file: a page, route or component outside the desk.
export const isPublic = (file: string) => /^(app|components)\//.test(file) && !isDesk(file);
const isDeskModule = (file: string) => /^(lib|components)\/desk\//.test(file);

// Imports against the layers: lib importing app or components; a public file importing lib/desk or components/desk.
export function wrongWay(graph: Graph): { upward: Edge[]; publicToDesk: Edge[] } {
  const all = edges(graph);
  return {
    upward: all.filter(([from, to]) => from.startsWith("lib/") && /^(app|components)\//.test(to)),
    publicToDesk: all.filter(([from, to]) => isPublic(from) && isDeskModule(to)),
  };
}

export const showEdges = (list: Edge[]) => list.map(([from, to]) => `${from} → ${to}`);
