import { useQuery } from '@tanstack/react-query';
import { fetchDemoPersonas } from './auth.api';

/** Demo mode is on when `GET /api/demo/personas` answers 200; its personas are ready-made accounts. */
export function useDemoPersonas() {
  const query = useQuery({
    queryKey: ['demo', 'personas'],
    queryFn: fetchDemoPersonas,
    retry: false,
    staleTime: Infinity,
  });
  return { isDemo: query.isSuccess, personas: query.data?.items ?? [] };
}
