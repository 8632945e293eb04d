import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { fitView, type View } from './drawPlan';
import type { Bounds } from './planModel';

const MIN_SCALE = 0.05;
const MAX_SCALE = 80;
/** CSS pixels an arrow key moves the map. */
const PAN_STEP = 60;

/** Draws the plan in the given view on a context already scaled to CSS pixels. */
export type Paint = (ctx: CanvasRenderingContext2D, view: View, width: number, height: number) => void;

type Options = {
  bounds: Bounds;
  paint: Paint;
  /** Changes when the canvas shows a different plan: it is fitted again (an edit of the same plan keeps the view). */
  planKey: string;
  /** After a zoom (the tooltip no longer points at its seat). */
  onZoom: () => void;
};

export type PanZoom = ReturnType<typeof usePanZoom>;

/**
 * The view of the plan on the canvas: the backing store sized to CSS pixels × devicePixelRatio,
 * fit on first layout, wheel / button / key zoom about a point, panning. Redraws at most once a frame.
 */
export function usePanZoom(canvasRef: RefObject<HTMLCanvasElement | null>, options: Options) {
  const size = useRef({ width: 0, height: 0, dpr: 1 });
  const view = useRef<View | null>(null);
  const frame = useRef(0);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  const draw = useCallback(() => {
    frame.current = 0;
    const canvas = canvasRef.current;
    const v = view.current;
    if (!canvas || !v || size.current.width === 0) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const { width, height, dpr } = size.current;
    const started = performance.now();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    latest.current.paint(ctx, v, width, height);
    // The benchmark asks for the pixels too: without it, drawing only records commands for the compositor.
    if (canvas.dataset.measure === 'raster') ctx.getImageData(0, 0, 1, 1);
    // Read by the browser test and the benchmark: how long the last full redraw took.
    canvas.dataset.drawMs = (performance.now() - started).toFixed(2);
    canvas.dataset.view = `${v.scale} ${v.tx} ${v.ty}`;
  }, [canvasRef]);

  const requestDraw = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(draw);
  }, [draw]);

  const fit = useCallback(() => {
    view.current = fitView(latest.current.bounds, size.current.width, size.current.height);
    requestDraw();
  }, [requestDraw]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const observer = new ResizeObserver(() => {
      const rect = canvas.getBoundingClientRect();
      const dpr = window.devicePixelRatio || 1;
      size.current = { width: rect.width, height: rect.height, dpr };
      canvas.width = Math.round(rect.width * dpr);
      canvas.height = Math.round(rect.height * dpr);
      if (!view.current) view.current = fitView(latest.current.bounds, rect.width, rect.height);
      draw();
    });
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [canvasRef, draw]);

  const { planKey } = options;
  useEffect(() => {
    if (size.current.width) fit();
  }, [planKey, fit]);

  const zoomAt = useCallback(
    (factor: number, cx: number, cy: number) => {
      const v = view.current;
      if (!v) return;
      const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, v.scale * factor));
      const k = scale / v.scale;
      view.current = { scale, tx: cx - (cx - v.tx) * k, ty: cy - (cy - v.ty) * k };
      latest.current.onZoom();
      requestDraw();
    },
    [requestDraw],
  );
  const zoomCentre = useCallback(
    (factor: number) => zoomAt(factor, size.current.width / 2, size.current.height / 2),
    [zoomAt],
  );

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = canvas.getBoundingClientRect();
      zoomAt(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)), e.clientX - rect.left, e.clientY - rect.top);
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  }, [canvasRef, zoomAt]);

  /** Moves the plan by (dx, dy) CSS pixels on the screen. */
  const panBy = (dx: number, dy: number) => {
    if (!view.current) return;
    view.current = { ...view.current, tx: view.current.tx + dx, ty: view.current.ty + dy };
  };

  /** A screen point (CSS pixels in the canvas) in plan units. */
  const toPlan = (x: number, y: number) => {
    const v = view.current ?? { scale: 1, tx: 0, ty: 0 };
    return { x: (x - v.tx) / v.scale, y: (y - v.ty) / v.scale };
  };

  /** What the map's own keys do: + and − zoom, 0 fits, an arrow moves the map. */
  const keyAction = (key: string, arrow: readonly [number, number] | undefined): (() => void) | undefined => {
    if (key === '+' || key === '=') return () => zoomCentre(1.25);
    if (key === '-') return () => zoomCentre(0.8);
    if (key === '0') return fit;
    if (!arrow) return undefined;
    return () => {
      if (!view.current) return;
      panBy(-arrow[0] * PAN_STEP, -arrow[1] * PAN_STEP);
      requestDraw();
    };
  };

  return { view, size, requestDraw, fit, zoomAt, zoomCentre, panBy, toPlan, keyAction };
}
