import { Worker } from 'node:worker_threads';

/**
 * A thread running `program` (inline source, so it runs the same from source and from dist) that
 * never keeps the process alive. `gone` hears of its error or exit; the owner starts another
 * when it next needs one. Used by the read-ahead and the checkpointer.
 */
export function startBackgroundThread<Message>(
  name: string,
  program: string,
  workerData: unknown,
  onMessage: (message: Message) => void,
  gone: (worker: Worker, error: Error) => void,
): Worker {
  const worker = new Worker(program, { eval: true, workerData });
  worker.on('message', onMessage);
  worker.on('error', (error) => gone(worker, error));
  worker.on('exit', (code) => gone(worker, new Error(`the ${name} thread exited (${code})`)));
  // After the listeners: adding a 'message' listener refs the worker again.
  worker.unref();
  return worker;
}
