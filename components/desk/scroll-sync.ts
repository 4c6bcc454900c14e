// Scroll sync by section: the `## Heading {#id}` lines of the source and the headings with that id in the preview are matched pairs.
const HEADING = /^#{1,6}\s.*\{#([a-z0-9-]+)\}\s*$/;

export type Anchor = { id: string; at: number };

// Each heading with an id in the source, with its line (1-based); fenced code and frontmatter cannot hold one worth syncing.
export function sourceAnchors(text: string): Anchor[] {
  return text.split("\n").flatMap((l, i) => {
    const id = HEADING.exec(l)?.[1];
    return id ? [{ id, at: i + 1 }] : [];
  });
}

// Pairs of positions (source line, preview offset) for the ids both sides have, in source order and never going backwards.
export function pairAnchors(
  source: Anchor[],
  preview: Anchor[],
  start: [number, number],
  end: [number, number],
): [number, number][] {
  const where = new Map(preview.map((a) => [a.id, a.at]));
  const pairs: [number, number][] = [start];
  for (const a of source) {
    const b = where.get(a.id);
    const last = pairs[pairs.length - 1]!;
    if (b !== undefined && a.at > last[0] && b >= last[1]) pairs.push([a.at, b]);
  }
  const last = pairs[pairs.length - 1]!;
  if (end[0] > last[0] && end[1] >= last[1]) pairs.push(end);
  return pairs;
}

// Piecewise linear: a position between two anchors on one side lands at the same fraction between them on the other.
export function mapPosition(pairs: [number, number][], x: number, from: 0 | 1 = 0): number {
  const to = from === 0 ? 1 : 0;
  if (pairs.length === 0) return 0;
  if (x <= pairs[0]![from]) return pairs[0]![to];
  for (let i = 1; i < pairs.length; i++) {
    const [a, b] = [pairs[i - 1]!, pairs[i]!];
    if (x <= b[from]) {
      const span = b[from] - a[from];
      return a[to] + (span > 0 ? (x - a[from]) / span : 0) * (b[to] - a[to]);
    }
  }
  return pairs[pairs.length - 1]![to];
}
