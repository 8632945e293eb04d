import { useCallback, useMemo, useReducer } from 'react';
import type { SeatingPlan } from '@booking/seating';

type Entry = { plan: SeatingPlan; label: string; coalesce?: string };

export type EditorState = {
  plan: SeatingPlan;
  /** Earlier plans, newest last; undo pops one. */
  past: Entry[];
  /** The last change's coalescing key: typing in one field is one undo step. */
  lastKey?: string;
  selection: ReadonlySet<string>;
  active: number;
};

type Action =
  | { type: 'change'; plan: SeatingPlan; label: string; coalesce?: string; active?: number }
  | { type: 'undo' }
  | { type: 'reset'; plan: SeatingPlan }
  | { type: 'select'; ids: readonly string[]; mode: 'replace' | 'add' | 'toggle' }
  | { type: 'activate'; index: number };

const HISTORY = 100;

function reducer(state: EditorState, action: Action): EditorState {
  switch (action.type) {
    case 'change': {
      const coalesced = action.coalesce !== undefined && action.coalesce === state.lastKey;
      const past = coalesced ? state.past : [...state.past, { plan: state.plan, label: action.label }].slice(-HISTORY);
      return { ...state, plan: action.plan, past, lastKey: action.coalesce, active: action.active ?? state.active };
    }
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      const active = Math.min(state.active, previous.plan.sections.length - 1);
      return { ...state, plan: previous.plan, past: state.past.slice(0, -1), lastKey: undefined, active };
    }
    case 'reset':
      return { plan: action.plan, past: [], selection: new Set(), active: action.plan.sections.length ? 0 : -1 };
    case 'select': {
      if (action.mode === 'replace') return { ...state, selection: new Set(action.ids) };
      const next = new Set(state.selection);
      for (const id of action.ids) {
        if (action.mode === 'toggle' && next.has(id)) next.delete(id);
        else next.add(id);
      }
      return { ...state, selection: next };
    }
    case 'activate':
      return { ...state, active: action.index, lastKey: undefined };
    default: {
      const never: never = action;
      return never;
    }
  }
}

/** The editor's plan with an undo history and the seat selection of the exceptions editor. */
export function usePlanEditor(initial: SeatingPlan) {
  const [state, dispatch] = useReducer(reducer, initial, (plan) => reducer({} as EditorState, { type: 'reset', plan }));
  const change = useCallback(
    (plan: SeatingPlan, label: string, options: { coalesce?: string; active?: number } = {}) =>
      dispatch({ type: 'change', plan, label, ...options }),
    [],
  );
  const actions = useMemo(
    () => ({
      change,
      undo: () => dispatch({ type: 'undo' }),
      reset: (plan: SeatingPlan) => dispatch({ type: 'reset', plan }),
      select: (ids: readonly string[], mode: 'replace' | 'add' | 'toggle' = 'replace') =>
        dispatch({ type: 'select', ids, mode }),
      activate: (index: number) => dispatch({ type: 'activate', index }),
    }),
    [change],
  );
  return { ...state, undoLabel: state.past.at(-1)?.label, ...actions };
}

export type PlanEditor = ReturnType<typeof usePlanEditor>;
