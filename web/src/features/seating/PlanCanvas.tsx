import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { ActionIcon, Box, Group, Paper, Text, VisuallyHidden } from '@mantine/core';
import { drawPlan, fitView, type DrawStyle, type View } from './drawPlan';
import { KeyboardHelp } from './KeyboardHelp';
import { seatInDirection, standingAt, type PlanModel } from './planModel';
import classes from './PlanCanvas.module.css';

export type CanvasMode = 'view' | 'pick' | 'select';

type Props = {
  model: PlanModel;
  style: DrawStyle;
  /** Accessible name, e.g. "Seat map of Harbour Hall". */
  label: string;
  /** What the interactive map is called to screen readers ("seat map", "seating plan editor"). */
  roleDescription?: string;
  /** id of the text alternative (the per-section summary). */
  describedBy?: string;
  /** view: pan and zoom; pick: a click picks a seat; select: a drag draws a selection band. */
  mode?: CanvasMode;
  taken?: Uint8Array;
  selected?: Uint8Array;
  describe: (seatIndex: number) => string;
  onSeatClick?: (seatIndex: number, additive: boolean) => void;
  onSectionClick?: (sectionIndex: number) => void;
  onBandSelect?: (seatIndices: number[], additive: boolean) => void;
  height?: number;
};

const CLICK_SLOP = 5;
/** CSS pixels an arrow key moves the map. */
const PAN_STEP = 60;
/** The unit step of each arrow key, in screen (and plan) axes. */
const ARROWS: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};
const MIN_SCALE = 0.05;
const MAX_SCALE = 80;

type Gesture =
  | { kind: 'pan'; x: number; y: number; startX: number; startY: number; moved: boolean }
  | { kind: 'band'; x1: number; y1: number; x2: number; y2: number; moved: boolean }
  | { kind: 'pinch'; distance: number; midX: number; midY: number };

/**
 * A seating plan on one <canvas>: fit to view, wheel / pinch / keyboard zoom, drag to pan, hover
 * tooltips and clicks found through the model's spatial grid. Redraws at most once a frame.
 */
export function PlanCanvas(props: Props) {
  const { model, style, label, describedBy, mode = 'view', taken, selected, describe, height = 420 } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const size = useRef({ width: 0, height: 0, dpr: 1 });
  const view = useRef<View | null>(null);
  const hover = useRef(-1);
  const gesture = useRef<Gesture | null>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const frame = useRef(0);
  const [tip, setTip] = useState<{ text: string; x: number; y: number } | null>(null);
  /** The keyboard's seat in pick mode (-1: none yet), drawn as the hover ring and announced. */
  const cursor = useRef(-1);
  const [announcement, setAnnouncement] = useState('');
  /** A seat just picked or unpicked (keyboard or pointer): announced once the selection shows it. */
  const toggled = useRef(-1);
  const helpId = useId();
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const draw = useCallback(() => {
    frame.current = 0;
    const canvas = canvasRef.current;
    const v = view.current;
    if (!canvas || !v || size.current.width === 0) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const { width, height: h, dpr } = size.current;
    const { model: m, style: s, taken: t, selected: sel } = latest.current;
    const g = gesture.current;
    const started = performance.now();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    // The browser test asks where labels went (data-measure="labels") to check none overlap.
    const labels = canvas.dataset.measure === 'labels' ? [] : undefined;
    drawPlan(
      ctx,
      m,
      v,
      s,
      { taken: t, selected: sel, hover: hover.current, band: g?.kind === 'band' ? g : undefined, labels },
      width,
      h,
    );
    if (labels) canvas.dataset.labels = JSON.stringify(labels);
    // The benchmark asks for the pixels too: without it, drawing only records commands for the compositor.
    if (canvas.dataset.measure === 'raster') ctx.getImageData(0, 0, 1, 1);
    // Read by the browser test and the benchmark: how long the last full redraw took.
    canvas.dataset.drawMs = (performance.now() - started).toFixed(2);
    canvas.dataset.view = `${v.scale} ${v.tx} ${v.ty}`;
  }, []);

  const requestDraw = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(draw);
  }, [draw]);

  const fit = useCallback(() => {
    view.current = fitView(latest.current.model.bounds, size.current.width, size.current.height);
    requestDraw();
  }, [requestDraw]);

  // Size the backing store to CSS pixels × devicePixelRatio; fit on first layout.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const observer = new ResizeObserver(() => {
      const rect = canvas.getBoundingClientRect();
      const dpr = window.devicePixelRatio || 1;
      size.current = { width: rect.width, height: rect.height, dpr };
      canvas.width = Math.round(rect.width * dpr);
      canvas.height = Math.round(rect.height * dpr);
      if (!view.current) view.current = fitView(latest.current.model.bounds, rect.width, rect.height);
      draw();
    });
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [draw]);

  // A different plan (another event) is fitted again; an edit of the same plan keeps the view.
  const planIdentity = model.plan.sections.length === 0 ? 'empty' : 'plan';
  useEffect(() => {
    if (size.current.width) fit();
  }, [planIdentity, fit]);

  useEffect(requestDraw, [model, style, taken, selected, requestDraw]);

  const zoomAt = useCallback(
    (factor: number, cx: number, cy: number) => {
      const v = view.current;
      if (!v) return;
      const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, v.scale * factor));
      const k = scale / v.scale;
      view.current = { scale, tx: cx - (cx - v.tx) * k, ty: cy - (cy - v.ty) * k };
      setTip(null);
      requestDraw();
    },
    [requestDraw],
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
  }, [zoomAt]);

  const toPlan = (x: number, y: number) => {
    const v = view.current ?? { scale: 1, tx: 0, ty: 0 };
    return { x: (x - v.tx) / v.scale, y: (y - v.ty) / v.scale };
  };
  const local = (e: PointerEvent) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };
  const seatAt = (x: number, y: number) => {
    const p = toPlan(x, y);
    return model.grid.nearest(p.x, p.y, 0.55);
  };

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = local(e);
    pointers.current.set(e.pointerId, p);
    if (pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()];
      gesture.current = {
        kind: 'pinch',
        distance: Math.hypot(a.x - b.x, a.y - b.y),
        midX: (a.x + b.x) / 2,
        midY: (a.y + b.y) / 2,
      };
      return;
    }
    const band = mode === 'select' && e.pointerType === 'mouse' && e.button === 0;
    gesture.current = band
      ? { kind: 'band', x1: p.x, y1: p.y, x2: p.x, y2: p.y, moved: false }
      : { kind: 'pan', x: p.x, y: p.y, startX: p.x, startY: p.y, moved: false };
  };

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const p = local(e);
    const g = gesture.current;
    if (pointers.current.has(e.pointerId)) pointers.current.set(e.pointerId, p);
    if (g?.kind === 'pinch' && pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()];
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      const midX = (a.x + b.x) / 2;
      const midY = (a.y + b.y) / 2;
      if (view.current)
        view.current = { ...view.current, tx: view.current.tx + midX - g.midX, ty: view.current.ty + midY - g.midY };
      zoomAt(distance / (g.distance || distance), midX, midY);
      gesture.current = { kind: 'pinch', distance, midX, midY };
      return;
    }
    if (g?.kind === 'pan' && view.current) {
      g.moved ||= Math.hypot(p.x - g.startX, p.y - g.startY) > CLICK_SLOP;
      if (g.moved) {
        view.current = { ...view.current, tx: view.current.tx + p.x - g.x, ty: view.current.ty + p.y - g.y };
        g.x = p.x;
        g.y = p.y;
        setTip(null);
        requestDraw();
      }
      return;
    }
    if (g?.kind === 'band') {
      g.moved ||= Math.hypot(p.x - g.x1, p.y - g.y1) > CLICK_SLOP;
      g.x2 = p.x;
      g.y2 = p.y;
      requestDraw();
      return;
    }
    const i = seatAt(p.x, p.y);
    if (i !== hover.current) {
      hover.current = i;
      requestDraw();
    }
    if (i >= 0) setTip({ text: describe(i), x: p.x, y: p.y });
    else {
      const area = standingAt(model, toPlan(p.x, p.y).x, toPlan(p.x, p.y).y);
      setTip(
        area?.section.kind === 'standing'
          ? { text: `${area.section.name} · standing · ${area.section.capacity} places`, x: p.x, y: p.y }
          : null,
      );
    }
  };

  const onPointerUp = (e: PointerEvent<HTMLCanvasElement>) => {
    const p = local(e);
    const g = gesture.current;
    pointers.current.delete(e.pointerId);
    if (pointers.current.size > 0) return; // the other finger of a pinch is still down
    gesture.current = null;
    const additive = e.shiftKey || e.ctrlKey || e.metaKey;
    if (g?.kind === 'band' && g.moved) {
      const a = toPlan(g.x1, g.y1);
      const b = toPlan(p.x, p.y);
      props.onBandSelect?.(model.grid.within(a.x, a.y, b.x, b.y), additive);
      requestDraw();
      return;
    }
    if (g?.kind === 'pinch' || (g?.kind === 'pan' && g.moved)) return;
    const i = seatAt(p.x, p.y);
    if (i >= 0) {
      if (mode === 'pick' && !taken?.[i]) toggled.current = i;
      props.onSeatClick?.(i, additive);
    } else {
      const q = toPlan(p.x, p.y);
      const area = standingAt(model, q.x, q.y);
      if (area) props.onSectionClick?.(area.index);
    }
    requestDraw();
  };

  const onPointerLeave = () => {
    if (hover.current !== -1) {
      hover.current = -1;
      requestDraw();
    }
    setTip(null);
  };

  // "… · selected" / "… · not selected" once the pick shows in `selected` (a refused pick changes nothing).
  useEffect(() => {
    const i = toggled.current;
    if (i < 0 || i >= model.x.length) return;
    toggled.current = -1;
    setAnnouncement(`${latest.current.describe(i)} · ${selected?.[i] ? 'selected' : 'not selected'}`);
  }, [selected, model]);

  // A new plan (an edit, another event) may not have the keyboard's seat any more.
  useEffect(() => {
    cursor.current = -1;
  }, [model]);

  /** Pick mode: arrows walk from seat to seat (the view follows), Enter or Space picks. */
  const moveCursor = (dx: number, dy: number) => {
    const v = view.current;
    const { width, height: h } = size.current;
    if (!v) return;
    const next =
      cursor.current < 0
        ? model.grid.nearest((width / 2 - v.tx) / v.scale, (h / 2 - v.ty) / v.scale, Infinity)
        : seatInDirection(model, cursor.current, dx, dy);
    if (next < 0) return;
    cursor.current = next;
    hover.current = next;
    const sx = model.x[next] * v.scale + v.tx;
    const sy = model.y[next] * v.scale + v.ty;
    const margin = 24;
    if (sx < margin || sy < margin || sx > width - margin || sy > h - margin)
      view.current = { ...v, tx: v.tx + width / 2 - sx, ty: v.ty + h / 2 - sy };
    setTip(null);
    setAnnouncement(describe(next) + (selected?.[next] ? ' · selected' : ''));
    requestDraw();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const { width, height: h } = size.current;
    const picking = mode === 'pick' && model.x.length > 0;
    // An arrow walks the seats when picking (Shift: moves the map), else moves the map.
    const arrow = ARROWS[e.key];
    const keys: Record<string, () => void> = {
      '+': () => zoomAt(1.25, width / 2, h / 2),
      '=': () => zoomAt(1.25, width / 2, h / 2),
      '-': () => zoomAt(0.8, width / 2, h / 2),
      '0': fit,
    };
    let action = keys[e.key];
    if (arrow && picking && !e.shiftKey) action = () => moveCursor(arrow[0], arrow[1]);
    else if (arrow)
      action = () => {
        if (!view.current) return;
        const { tx, ty } = view.current;
        view.current = { ...view.current, tx: tx - arrow[0] * PAN_STEP, ty: ty - arrow[1] * PAN_STEP };
        requestDraw();
      };
    else if ((e.key === 'Enter' || e.key === ' ') && picking && cursor.current >= 0)
      action = () => {
        if (!taken?.[cursor.current]) toggled.current = cursor.current;
        props.onSeatClick?.(cursor.current, false);
        requestDraw();
      };
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return (
    <div>
      <Box className={classes.frame} style={{ height }}>
        <canvas
          ref={canvasRef}
          className={classes.canvas}
          data-mode={mode}
          data-seats={model.x.length}
          // It takes keys and announces seats: an application, not a picture.
          role="application"
          aria-roledescription={props.roleDescription ?? 'seat map'}
          aria-label={label}
          aria-describedby={describedBy ? `${helpId} ${describedBy}` : helpId}
          tabIndex={0}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          onPointerLeave={onPointerLeave}
          onKeyDown={onKeyDown}
        />
        <VisuallyHidden aria-live="polite" data-testid="seat-cursor">
          {announcement}
        </VisuallyHidden>
        {tip && (
          <Paper
            className={classes.tip}
            shadow="sm"
            withBorder
            px={8}
            py={4}
            style={{ left: tip.x + 14, top: tip.y + 14 }}
            data-testid="seat-tooltip"
            aria-hidden="true"
          >
            <Text size="xs">{tip.text}</Text>
          </Paper>
        )}
        <Group gap={4} className={classes.controls}>
          <ActionIcon
            variant="default"
            aria-label="Zoom in"
            onClick={() => zoomAt(1.25, size.current.width / 2, size.current.height / 2)}
          >
            +
          </ActionIcon>
          <ActionIcon
            variant="default"
            aria-label="Zoom out"
            onClick={() => zoomAt(0.8, size.current.width / 2, size.current.height / 2)}
          >
            −
          </ActionIcon>
          <ActionIcon variant="default" aria-label="Fit the plan" onClick={fit} w="auto" px={6}>
            Fit
          </ActionIcon>
        </Group>
      </Box>
      <KeyboardHelp id={helpId} mode={mode} />
    </div>
  );
}
