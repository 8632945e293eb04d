import { LabelSpace, type LabelBox } from './labelSpace';
import { ACCESSIBLE, REMOVED, RESTRICTED, type Bounds, type PlanModel } from './planModel';

/** Screen = plan × scale + t (CSS pixels). */
export type View = { scale: number; tx: number; ty: number };

export type DrawStyle = {
  /** Colour per model.tierIds index. */
  tierColors: readonly string[];
  text: string;
  halo: string;
  taken: string;
  selection: string;
  stage: string;
  stageText: string;
  removed: string;
};

export type DrawState = {
  /** Per seat index: 1 = taken (greyed). */
  taken?: Uint8Array;
  /** Per seat index: 1 = selected (ringed). */
  selected?: Uint8Array;
  hover: number;
  /** A drag-selection rectangle, in CSS pixels. */
  band?: { x1: number; y1: number; x2: number; y2: number };
  /** When given, receives the box of every label drawn (read by the browser test). */
  labels?: LabelBox[];
};

const SEAT_RADIUS = 0.42;
/** Row labels once a seat is this many CSS pixels across (below, rows are too close to name). */
const ROW_LABEL_RADIUS = 6;

/** A view that shows the whole plan centred in a width × height box. */
export function fitView(bounds: Bounds, width: number, height: number, margin = 24): View {
  const w = Math.max(bounds.maxX - bounds.minX, 1);
  const h = Math.max(bounds.maxY - bounds.minY, 1);
  const scale = Math.max(0.05, Math.min((width - 2 * margin) / w, (height - 2 * margin) / h));
  return {
    scale,
    tx: width / 2 - ((bounds.minX + bounds.maxX) / 2) * scale,
    ty: height / 2 - ((bounds.minY + bounds.maxY) / 2) * scale,
  };
}

/**
 * A haloed label centred on (x, y), if its box is free on the screen; else once more a size
 * smaller, else not at all. Returns whether it was drawn.
 */
function label(
  ctx: CanvasRenderingContext2D,
  space: LabelSpace,
  text: string,
  x: number,
  y: number,
  style: DrawStyle,
  size: number,
  screen: { width: number; height: number },
): boolean {
  for (const px of [size, size - 2]) {
    ctx.font = `600 ${px}px system-ui, sans-serif`;
    const w = ctx.measureText(text).width + 4; // + the halo
    const box = { x: x - w / 2, y: y - px / 2 - 2, w, h: px + 4 };
    if (box.x + w < 0 || box.y + box.h < 0 || box.x > screen.width || box.y > screen.height) return false;
    if (!space.claim(box)) continue;
    ctx.lineWidth = 3;
    ctx.strokeStyle = style.halo;
    ctx.strokeText(text, x, y);
    ctx.fillStyle = style.text;
    ctx.fillText(text, x, y);
    return true;
  }
  return false;
}

/**
 * Draws the plan: stage, standing areas, then every visible seat batched into one path per colour
 * (a few fill calls for 20,000 seats), marks for accessible / restricted-view seats, labels when
 * there is room for them, selection and hover rings.
 */
export function drawPlan(
  ctx: CanvasRenderingContext2D,
  model: PlanModel,
  view: View,
  style: DrawStyle,
  state: DrawState,
  width: number,
  height: number,
) {
  const { scale, tx, ty } = view;
  const sx = (x: number) => x * scale + tx;
  const sy = (y: number) => y * scale + ty;
  ctx.clearRect(0, 0, width, height);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const space = new LabelSpace();
  const screen = { width, height };

  const stage = model.plan.stage;
  if (stage) {
    const x = sx(stage.x - stage.width / 2);
    const y = sy(stage.y - stage.depth / 2);
    ctx.fillStyle = style.stage;
    ctx.fillRect(x, y, stage.width * scale, stage.depth * scale);
    const px = Math.min(16, Math.max(10, stage.depth * scale * 0.4));
    ctx.font = `600 ${px}px system-ui, sans-serif`;
    const w = ctx.measureText(stage.label).width;
    if (space.claim({ x: sx(stage.x) - w / 2, y: sy(stage.y) - px / 2, w, h: px })) {
      ctx.fillStyle = style.stageText;
      ctx.fillText(stage.label, sx(stage.x), sy(stage.y));
    }
  }

  for (const g of model.sections) {
    if (!g.corners || g.section.kind !== 'standing') continue;
    const color = style.tierColors[model.tierIds.indexOf(g.section.priceTierId)] ?? style.taken;
    ctx.beginPath();
    g.corners.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(sx(x), sy(y)) : ctx.lineTo(sx(x), sy(y))));
    ctx.closePath();
    ctx.globalAlpha = 0.3;
    ctx.fillStyle = color;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = 2;
    ctx.strokeStyle = color;
    ctx.stroke();
    const cx = sx((g.bounds.minX + g.bounds.maxX) / 2);
    const cy = sy((g.bounds.minY + g.bounds.maxY) / 2);
    if (label(ctx, space, g.section.name, cx, cy - 8, style, 13, screen))
      label(ctx, space, `Standing · ${g.section.capacity}`, cx, cy + 9, style, 11, screen);
  }

  const r = SEAT_RADIUS * scale;
  const tiny = r < 1.5;
  const paths = new Map<string, Path2D>();
  const pathFor = (color: string) => {
    let path = paths.get(color);
    if (!path) paths.set(color, (path = new Path2D()));
    return path;
  };
  const removed = new Path2D();
  const rings = new Path2D();
  const glyphs: number[] = [];
  const n = model.x.length;
  for (let i = 0; i < n; i++) {
    const x = model.x[i] * scale + tx;
    const y = model.y[i] * scale + ty;
    if (x < -r || y < -r || x > width + r || y > height + r) continue;
    const flags = model.flags[i];
    if (flags & REMOVED) {
      removed.moveTo(x + r, y);
      removed.arc(x, y, r * 0.8, 0, Math.PI * 2);
      continue;
    }
    const color = state.taken?.[i] ? style.taken : (style.tierColors[model.tier[i]] ?? style.taken);
    const path = pathFor(color);
    if (tiny) path.rect(x - 1, y - 1, 2, 2);
    else if (flags & ACCESSIBLE) {
      path.rect(x - r, y - r, 2 * r, 2 * r);
      if (r >= 6) glyphs.push(i);
    } else if (flags & RESTRICTED) {
      path.moveTo(x, y - r * 1.15);
      path.lineTo(x + r * 1.15, y);
      path.lineTo(x, y + r * 1.15);
      path.lineTo(x - r * 1.15, y);
      path.closePath();
    } else {
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, Math.PI * 2);
    }
    if (state.selected?.[i]) {
      rings.moveTo(x + r + 2, y);
      rings.arc(x, y, r + 2, 0, Math.PI * 2);
    }
  }
  for (const [color, path] of paths) {
    ctx.fillStyle = color;
    ctx.fill(path);
  }
  ctx.setLineDash([2, 2]);
  ctx.lineWidth = 1;
  ctx.strokeStyle = style.removed;
  ctx.stroke(removed);
  ctx.setLineDash([]);
  ctx.lineWidth = Math.max(2, r * 0.3);
  ctx.strokeStyle = style.selection;
  ctx.stroke(rings);

  if (glyphs.length) {
    ctx.font = `${Math.round(r * 1.4)}px system-ui, sans-serif`;
    ctx.fillStyle = '#fff';
    for (const i of glyphs) ctx.fillText('♿', model.x[i] * scale + tx, model.y[i] * scale + ty + r * 0.05);
  }

  // Section names above their seats when there is room, then row labels once seats are big
  // enough to tell rows apart; a label that would cover another is left out.
  for (const g of model.sections) {
    if (g.section.kind !== 'seated' || g.end === g.start) continue;
    const w = (g.bounds.maxX - g.bounds.minX) * scale;
    if (w < 40) continue;
    const x = sx((g.bounds.minX + g.bounds.maxX) / 2);
    label(ctx, space, g.section.name, x, sy(g.bounds.minY) - r - 10, style, 12, screen);
  }
  if (r >= ROW_LABEL_RADIUS) {
    for (const g of model.sections) {
      for (let i = g.start; i < g.end; i++) {
        if (i > g.start && model.seats[i - 1].row === model.seats[i].row) continue;
        const next = i + 1 < g.end && model.seats[i + 1].row === model.seats[i].row ? i + 1 : i;
        const dx = next === i ? -1 : model.x[i] - model.x[next];
        const dy = next === i ? 0 : model.y[i] - model.y[next];
        label(ctx, space, model.seats[i].row, sx(model.x[i] + dx * 1.2), sy(model.y[i] + dy * 1.2), style, 11, screen);
      }
    }
  }
  state.labels?.push(...space.placed);

  if (state.hover >= 0 && state.hover < n) {
    ctx.lineWidth = 2;
    ctx.strokeStyle = style.selection;
    ctx.beginPath();
    ctx.arc(model.x[state.hover] * scale + tx, model.y[state.hover] * scale + ty, Math.max(r, 3) + 3, 0, Math.PI * 2);
    ctx.stroke();
  }
  if (state.band) {
    const { x1, y1, x2, y2 } = state.band;
    ctx.globalAlpha = 0.15;
    ctx.fillStyle = style.selection;
    ctx.fillRect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1;
    ctx.strokeStyle = style.selection;
    ctx.strokeRect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
  }
}
