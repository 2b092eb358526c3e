import { useQuery } from '@tanstack/react-query';
import { useClient } from '../../api/client-context';

/** Every strategic source and item with the initiatives serving it. */
export function useStrategyCoverage() {
  const client = useClient();
  return useQuery({ queryKey: ['strategy-coverage', client.org], queryFn: () => client.strategyCoverage() });
}
