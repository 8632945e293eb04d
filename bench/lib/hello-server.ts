import { createServer } from 'node:http';

// Baseline server for benchmarks: the least work an HTTP answer can take on this machine.
createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end('{"hello":"world"}');
}).listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
