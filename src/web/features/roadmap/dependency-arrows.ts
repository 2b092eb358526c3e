/** The lines drawn between roadmap bars: from the end of what must come first to the start of what waits. */

/** A bar's edges in the drawing's pixels. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Dependency {
  /** The element that must come first. */
  fromId: string;
  /** The element that depends on it. */
  toId: string;
}

/** Every "to depends on from" pair among the elements, each once. */
export function dependencyPairs(elements: readonly { id: string; dependsOnIds: readonly string[] }[]) {
  const pairs: Dependency[] = [];
  for (const element of elements) {
    for (const fromId of new Set(element.dependsOnIds)) {
      if (fromId !== element.id) pairs.push({ fromId, toId: element.id });
    }
  }
  return pairs;
}

const middle = (box: Box) => (box.top + box.bottom) / 2;
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * An SVG path of straight segments from the right end of `from` to the left end of `to`, always
 * arriving from the left so an arrow head at its end points at the dependent bar. When `to` starts
 * after `from` ends, the line turns once halfway; when it starts earlier (a dependency that does not
 * fit the plan), it steps out right, runs back along the gap between the two rows and comes in
 * from the left.
 */
export function dependencyPath(from: Box, to: Box, gap = 8): string {
  const startX = from.right;
  const startY = middle(from);
  const endX = to.left;
  const endY = middle(to);
  if (endX - startX >= 2 * gap) {
    const turnX = startX + (endX - startX) / 2;
    return `M ${round(startX)} ${round(startY)} H ${round(turnX)} V ${round(endY)} H ${round(endX)}`;
  }
  const between =
    to.top >= from.bottom
      ? (from.bottom + to.top) / 2
      : to.bottom <= from.top
        ? (to.bottom + from.top) / 2
        : Math.max(from.bottom, to.bottom) + gap / 2;
  return [
    `M ${round(startX)} ${round(startY)}`,
    `H ${round(startX + gap)}`,
    `V ${round(between)}`,
    `H ${round(endX - gap)}`,
    `V ${round(endY)}`,
    `H ${round(endX)}`,
  ].join(' ');
}
