import { useLayoutEffect, useState } from 'react';
import { dependencyPath, type Box, type Dependency } from './dependency-arrows';

/** One arrow head for the page; there is one timeline. */
const ARROW_HEAD_ID = 'roadmap-arrow-head';

interface Measured {
  width: number;
  height: number;
  boxes: Map<string, Box>;
}

/**
 * Where each bar (`[data-bar="<id>"]`) sits inside the canvas, measured again whenever the canvas
 * changes size (a narrower window, a wrapped title, other filters) so the arrows follow the bars.
 */
function useBarBoxes(node: HTMLElement | null, layoutKey: string): Measured {
  const [measured, setMeasured] = useState<Measured>({ width: 0, height: 0, boxes: new Map() });
  useLayoutEffect(() => {
    if (!node) return;
    const measure = () => {
      const origin = node.getBoundingClientRect();
      const boxes = new Map<string, Box>();
      for (const bar of node.querySelectorAll<HTMLElement>('[data-bar]')) {
        const rect = bar.getBoundingClientRect();
        boxes.set(bar.dataset.bar ?? '', {
          left: rect.left - origin.left,
          right: rect.right - origin.left,
          top: rect.top - origin.top,
          bottom: rect.bottom - origin.top,
        });
      }
      setMeasured({ width: origin.width, height: origin.height, boxes });
    };
    // The observer reports the canvas's size once when it starts, and on every change after.
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [node, layoutKey]);
  return measured;
}

/**
 * Arrows from the end of each bar to the start of the bar that depends on it, drawn over the
 * timeline. Only a picture: each row says its dependencies in words for screen readers.
 */
export function DependencyLines({
  canvas,
  dependencies,
  layoutKey,
}: {
  /** The element the bars and the drawing are placed in (a state, not a ref: it is set after this mounts). */
  canvas: HTMLElement | null;
  dependencies: readonly Dependency[];
  /** Changes whenever the rows do, so the bars are measured again. */
  layoutKey: string;
}) {
  const { width, height, boxes } = useBarBoxes(canvas, layoutKey);
  const drawn = dependencies.flatMap((dependency) => {
    const from = boxes.get(dependency.fromId);
    const to = boxes.get(dependency.toId);
    return from && to ? [{ ...dependency, d: dependencyPath(from, to) }] : [];
  });
  return (
    <svg
      className="roadmap-arrows"
      aria-hidden="true"
      focusable="false"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <defs>
        <marker
          id={ARROW_HEAD_ID}
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M 0 0 L 8 4 L 0 8 z" className="roadmap-arrows__head" />
        </marker>
      </defs>
      {drawn.map((arrow) => (
        <path
          key={`${arrow.fromId}>${arrow.toId}`}
          d={arrow.d}
          className="roadmap-arrows__line"
          data-from={arrow.fromId}
          data-to={arrow.toId}
          markerEnd={`url(#${ARROW_HEAD_ID})`}
        />
      ))}
    </svg>
  );
}
