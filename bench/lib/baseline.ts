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

/** The framework's ceiling: an empty validated NestJS/Fastify POST route. */
export async function emptyNestBaseline(connections: number, durationSeconds: number): Promise<number> {
  const server = await startNode('dist/bench/lib/nest-hello.js', {}, '/api/events/x/holds', 30_000, 'POST');
  try {
    const result = await autocannon({
      url: `${server.url}/api/events/x/holds`,
      connections,
      duration: durationSeconds,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"quantity":1}',
    });
    return result.requests.average;
  } finally {
    await server.stop();
  }
}
