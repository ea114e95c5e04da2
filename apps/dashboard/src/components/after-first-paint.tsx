import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Renders `children` only after what is already on screen has been painted, one deferred block at a
 * time in the order they mounted, each after the previous one was drawn. A page with several charts of
 * hundreds of bars wraps every chart but the first in it: the first chart is drawn without waiting for
 * the others, and each chart's rendering is its own task instead of one long task for all of them.
 * Until then a box of `height` px keeps the layout where the chart will be.
 */
export function AfterFirstPaint({ height, children }: { height: number; children: ReactNode }) {
  const ready = useAfterFirstPaint();
  return ready ? children : <div className="chart-pending" style={{ height }} aria-busy="true" />;
}

type Release = () => void;
const waiting: Release[] = [];
let busy = false;

/** After the next paint: rAF runs before the frame is painted, a timeout queued from it after. */
function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

function releaseNext(): void {
  if (busy) return;
  const next = waiting.shift();
  if (!next) return;
  busy = true;
  afterNextPaint(next);
}

/** Called once the released block has rendered (or unmounted): the next one may go. */
function done(): void {
  busy = false;
  releaseNext();
}

export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    let cancelled = false;
    const release: Release = () => {
      if (!cancelled) startTransition(() => setReady(true));
    };
    waiting.push(release);
    releaseNext();
    // Runs when the block has rendered (ready changed) or unmounted: if it was still waiting it just
    // leaves the queue, otherwise it was the one released and the next one may go.
    return () => {
      cancelled = true;
      const i = waiting.indexOf(release);
      if (i >= 0) waiting.splice(i, 1);
      else done();
    };
  }, [ready]);
  return ready;
}
