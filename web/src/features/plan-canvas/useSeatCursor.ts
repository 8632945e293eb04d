import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { CanvasMode } from './canvasMode';
import { seatInDirection, type PlanModel } from './planModel';
import type { PanZoom } from './usePanZoom';

/** The unit step of each arrow key, in screen (and plan) axes. */
const ARROWS: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};
/** A seat the keyboard reaches closer than this to the edge (CSS pixels) brings the view to it. */
const MARGIN = 24;

type Options = {
  model: PlanModel;
  mode: CanvasMode;
  taken?: Uint8Array;
  selected?: Uint8Array;
  describe: (seatIndex: number) => string;
  onSeatClick?: (seatIndex: number, additive: boolean) => void;
  panZoom: PanZoom;
  /** The seat drawn with the hover ring: the pointer's, or the keyboard's. */
  hover: RefObject<number>;
  hideTip: () => void;
};

/**
 * The keyboard on the map. Picking: arrows walk from seat to seat (the view follows), Enter or
 * Space picks; the seat reached and each pick are announced. Otherwise arrows move the map.
 */
export function useSeatCursor({
  model,
  mode,
  taken,
  selected,
  describe,
  onSeatClick,
  panZoom,
  hover,
  hideTip,
}: Options) {
  /** The keyboard's seat in pick mode (-1: none yet), drawn as the hover ring and announced. */
  const cursor = useRef(-1);
  const [announcement, setAnnouncement] = useState('');
  /** A seat just picked or unpicked (keyboard or pointer): announced once the selection shows it. */
  const toggled = useRef(-1);
  const describeLatest = useRef(describe);
  useEffect(() => {
    describeLatest.current = describe;
  });

  // "… · selected" / "… · not selected" once the pick shows in `selected` (a refused pick changes nothing).
  useEffect(() => {
    const i = toggled.current;
    if (i < 0 || i >= model.x.length) return;
    toggled.current = -1;
    setAnnouncement(`${describeLatest.current(i)} · ${selected?.[i] ? 'selected' : 'not selected'}`);
  }, [selected, model]);

  // A new plan (an edit, another event) may not have the keyboard's seat any more.
  useEffect(() => {
    cursor.current = -1;
  }, [model]);

  /** A seat clicked or chosen with the keyboard; a pick is announced once it shows. */
  const pick = (i: number, additive: boolean) => {
    if (mode === 'pick' && !taken?.[i]) toggled.current = i;
    onSeatClick?.(i, additive);
    panZoom.requestDraw();
  };

  const moveCursor = (dx: number, dy: number) => {
    const v = panZoom.view.current;
    const { width, height } = panZoom.size.current;
    if (!v) return;
    const next =
      cursor.current < 0
        ? model.grid.nearest((width / 2 - v.tx) / v.scale, (height / 2 - v.ty) / v.scale, Infinity)
        : seatInDirection(model, cursor.current, dx, dy);
    if (next < 0) return;
    cursor.current = next;
    hover.current = next;
    const sx = model.x[next] * v.scale + v.tx;
    const sy = model.y[next] * v.scale + v.ty;
    if (sx < MARGIN || sy < MARGIN || sx > width - MARGIN || sy > height - MARGIN)
      panZoom.panBy(width / 2 - sx, height / 2 - sy);
    hideTip();
    setAnnouncement(describe(next) + (selected?.[next] ? ' · selected' : ''));
    panZoom.requestDraw();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const picking = mode === 'pick' && model.x.length > 0;
    // An arrow walks the seats when picking (Shift: moves the map), else moves the map.
    const arrow = ARROWS[e.key];
    let action: (() => void) | undefined;
    if (arrow && picking && !e.shiftKey) action = () => moveCursor(arrow[0], arrow[1]);
    else if ((e.key === 'Enter' || e.key === ' ') && picking && cursor.current >= 0)
      action = () => pick(cursor.current, false);
    else action = panZoom.keyAction(e.key, arrow);
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return { announcement, pick, onKeyDown };
}
