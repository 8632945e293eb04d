// The seating plan as drawn for every audience: the canvas, its model and styles, its legend and text alternative.
export { PlanCanvas } from './PlanCanvas';
export type { CanvasMode } from './canvasMode';
export { PlanLegend, PlanSummary } from './PlanLegend';
export { ACCESSIBLE, REMOVED, RESTRICTED, buildPlanModel, type PlanModel } from './planModel';
export { describeSeat, usePlanStyle, useTierColors, type TierInfo } from './planStyle';
export { tierInfos } from './tiers';
export { fetchSeatingPlan, seatingKeys, seatingPlanPath, type SeatingPlanDocument } from './seating-plan.api';
