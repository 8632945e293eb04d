import { useEffect, useId, useRef, useState } from 'react';
import { ActionIcon, Box, Group, Paper, Text, VisuallyHidden } from '@mantine/core';
import type { CanvasMode } from './canvasMode';
import { drawPlan, type DrawStyle } from './drawPlan';
import { KeyboardHelp } from './KeyboardHelp';
import type { PlanModel } from './planModel';
import { usePanZoom, type Paint } from './usePanZoom';
import { usePointerGestures, type Tip } from './usePointerGestures';
import { useSeatCursor } from './useSeatCursor';
import classes from './PlanCanvas.module.css';

type Props = {
  model: PlanModel;
  style: DrawStyle;
  /** Accessible name, e.g. "Seat map of Harbour Hall". */
  label: string;
  /** What the interactive map is called to screen readers ("seat map", "seating plan editor"). */
  roleDescription?: string;
  /** id of the text alternative (the per-section summary). */
  describedBy?: string;
  mode?: CanvasMode;
  taken?: Uint8Array;
  selected?: Uint8Array;
  describe: (seatIndex: number) => string;
  onSeatClick?: (seatIndex: number, additive: boolean) => void;
  onSectionClick?: (sectionIndex: number) => void;
  onBandSelect?: (seatIndices: number[], additive: boolean) => void;
  height?: number;
};

/**
 * A seating plan on one <canvas>: the view (usePanZoom), the pointer (usePointerGestures) and the
 * keyboard's seat cursor (useSeatCursor) share the hover ring and the tooltip kept here.
 */
export function PlanCanvas(props: Props) {
  const { model, style, label, describedBy, mode = 'view', taken, selected, height = 420 } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const hover = useRef(-1);
  const [tip, setTip] = useState<Tip | null>(null);
  const helpId = useId();

  // Runs in a later animation frame (usePanZoom), when `gestures` below is set.
  const paint: Paint = (ctx, view, width, h) => {
    const canvas = ctx.canvas;
    const band = gestures.gesture.current;
    // The browser test asks where labels went (data-measure="labels") to check none overlap.
    const labels = canvas.dataset.measure === 'labels' ? [] : undefined;
    drawPlan(
      ctx,
      model,
      view,
      style,
      { taken, selected, hover: hover.current, band: band?.kind === 'band' ? band : undefined, labels },
      width,
      h,
    );
    if (labels) canvas.dataset.labels = JSON.stringify(labels);
  };
  const panZoom = usePanZoom(canvasRef, {
    bounds: model.bounds,
    paint,
    // A different plan (another event) is fitted again; an edit of the same plan keeps the view.
    planKey: model.plan.sections.length === 0 ? 'empty' : 'plan',
    onZoom: () => setTip(null),
  });
  const cursor = useSeatCursor({ ...props, mode, panZoom, hover, hideTip: () => setTip(null) });
  const gestures = usePointerGestures({ ...props, mode, onSeat: cursor.pick, panZoom, hover, setTip });

  const { requestDraw } = panZoom;
  useEffect(requestDraw, [model, style, taken, selected, requestDraw]);

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
          {...gestures.handlers}
          onKeyDown={cursor.onKeyDown}
        />
        <VisuallyHidden aria-live="polite" data-testid="seat-cursor">
          {cursor.announcement}
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
          <ActionIcon variant="default" aria-label="Zoom in" onClick={() => panZoom.zoomCentre(1.25)}>
            +
          </ActionIcon>
          <ActionIcon variant="default" aria-label="Zoom out" onClick={() => panZoom.zoomCentre(0.8)}>
            −
          </ActionIcon>
          <ActionIcon variant="default" aria-label="Fit the plan" onClick={panZoom.fit} w="auto" px={6}>
            Fit
          </ActionIcon>
        </Group>
      </Box>
      <KeyboardHelp id={helpId} mode={mode} />
    </div>
  );
}
