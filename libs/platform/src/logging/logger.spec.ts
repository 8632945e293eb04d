import { Writable } from 'node:stream';
import pino from 'pino';
import { PinoNestLogger } from './logger';

describe('PinoNestLogger', () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  const logger = new PinoNestLogger(pino({ base: null }, sink));
  beforeEach(() => lines.splice(0));

  it('keeps the message and stack of an error logged as it is (a failed start)', () => {
    class StartRefused extends Error {
      readonly subject = 's';
    }
    logger.error(new StartRefused('the master key does not open the key store'), undefined, 'ExceptionHandler');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 50,
        context: 'ExceptionHandler',
        msg: 'the master key does not open the key store',
        err: expect.objectContaining({
          message: 'the master key does not open the key store',
          stack: expect.any(String),
        }),
      }),
    ]);
  });

  it('spreads a plain object and writes a string as the message', () => {
    logger.warn({ projection: 'holds' }, 'Projections');
    logger.log('started', 'App');
    expect(lines).toEqual([
      expect.objectContaining({ level: 40, context: 'Projections', projection: 'holds' }),
      expect.objectContaining({ level: 30, context: 'App', msg: 'started' }),
    ]);
  });
});
