import { useQuery } from '@tanstack/react-query';
import { fetchDemoPersonas } from './auth.api';

export const DEMO_PERSONAS_KEY = ['demo', 'personas'] as const;

/** Demo mode is on when `GET /api/demo/personas` answers 200; its personas are ready-made accounts. */
export function useDemoPersonas() {
  const query = useQuery({
    queryKey: DEMO_PERSONAS_KEY,
    queryFn: fetchDemoPersonas,
    retry: false,
    staleTime: Infinity,
  });
  return { isDemo: query.isSuccess, personas: query.data?.items ?? [] };
}
