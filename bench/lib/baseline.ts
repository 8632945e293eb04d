import autocannon from 'autocannon';
import { startNode } from './processes';

/** The machine's ceiling: a bare node:http hello world, loaded the same way. */
export async function bareHttpBaseline(connections: number, durationSeconds: number): Promise<number> {
  const server = await startNode('dist/bench/lib/hello-server.js', {}, '/');
  try {
    const result = await autocannon({ url: server.url, connections, duration: durationSeconds, pipelining: 1 });
    return result.requests.average;
  } finally {
    await server.stop();
  }
}
