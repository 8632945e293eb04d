import { useRef, type PointerEvent, type RefObject } from 'react';
import type { CanvasMode } from './canvasMode';
import { standingAt, type PlanModel } from './planModel';
import type { PanZoom } from './usePanZoom';

/** CSS pixels a pointer may move and still click. */
const CLICK_SLOP = 5;

export type Gesture =
  | { kind: 'pan'; x: number; y: number; startX: number; startY: number; moved: boolean }
  | { kind: 'band'; x1: number; y1: number; x2: number; y2: number; moved: boolean }
  | { kind: 'pinch'; distance: number; midX: number; midY: number };

export type Tip = { text: string; x: number; y: number };

type Options = {
  model: PlanModel;
  mode: CanvasMode;
  describe: (seatIndex: number) => string;
  /** A click on a seat (useSeatCursor's pick: announced in pick mode). */
  onSeat: (seatIndex: number, additive: boolean) => void;
  onSectionClick?: (sectionIndex: number) => void;
  onBandSelect?: (seatIndices: number[], additive: boolean) => void;
  panZoom: PanZoom;
  /** The seat drawn with the hover ring. */
  hover: RefObject<number>;
  setTip: (tip: Tip | null) => void;
};

const local = (e: PointerEvent) => {
  const rect = e.currentTarget.getBoundingClientRect();
  return { x: e.clientX - rect.left, y: e.clientY - rect.top };
};

/**
 * Mouse, pen and touch on the map: drag to pan, pinch to zoom, a selection band (select mode,
 * mouse), hover tooltips, and clicks on seats and standing areas, found through the model's spatial grid.
 */
export function usePointerGestures(options: Options) {
  const { model, mode, describe, onSeat, panZoom, hover, setTip } = options;
  const gesture = useRef<Gesture | null>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const { toPlan, requestDraw } = panZoom;

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

  const hoverAt = (p: { x: number; y: number }) => {
    const i = seatAt(p.x, p.y);
    if (i !== hover.current) {
      hover.current = i;
      requestDraw();
    }
    if (i >= 0) return setTip({ text: describe(i), x: p.x, y: p.y });
    const q = toPlan(p.x, p.y);
    const area = standingAt(model, q.x, q.y);
    setTip(
      area?.section.kind === 'standing'
        ? { text: `${area.section.name} · standing · ${area.section.capacity} places`, x: p.x, y: p.y }
        : null,
    );
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
      panZoom.panBy(midX - g.midX, midY - g.midY);
      panZoom.zoomAt(distance / (g.distance || distance), midX, midY);
      gesture.current = { kind: 'pinch', distance, midX, midY };
      return;
    }
    if (g?.kind === 'pan' && panZoom.view.current) {
      g.moved ||= Math.hypot(p.x - g.startX, p.y - g.startY) > CLICK_SLOP;
      if (g.moved) {
        panZoom.panBy(p.x - g.x, p.y - g.y);
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
    hoverAt(p);
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
      options.onBandSelect?.(model.grid.within(a.x, a.y, b.x, b.y), additive);
      requestDraw();
      return;
    }
    if (g?.kind === 'pinch' || (g?.kind === 'pan' && g.moved)) return;
    const i = seatAt(p.x, p.y);
    if (i >= 0) return onSeat(i, additive);
    const q = toPlan(p.x, p.y);
    const area = standingAt(model, q.x, q.y);
    if (area) options.onSectionClick?.(area.index);
    requestDraw();
  };

  const onPointerLeave = () => {
    if (hover.current !== -1) {
      hover.current = -1;
      requestDraw();
    }
    setTip(null);
  };

  const handlers = {
    onPointerDown,
    onPointerMove,
    onPointerUp,
    onPointerCancel: onPointerUp,
    onPointerLeave,
  };
  return { gesture, handlers };
}
