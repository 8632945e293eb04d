import type { Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';

/**
 * What every sweep shares: a tick every `everyMs` (not keeping the process alive), one pass at a
 * time, and a failed pass logged and retried at the next tick. A subclass says what one pass does
 * (`pass`, returning how many things it changed); tests call `sweep()` directly.
 */
export abstract class PeriodicSweep implements OnModuleInit, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private sweeping = false;

  protected constructor(
    private readonly everyMs: number,
    protected readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.sweep(), this.everyMs).unref();
  }

  async sweep(): Promise<number> {
    if (this.sweeping) return 0;
    this.sweeping = true;
    try {
      return await this.pass();
    } catch (error) {
      this.logger.error({ err: error }, 'sweep failed');
      return 0;
    } finally {
      this.sweeping = false;
    }
  }

  protected abstract pass(): Promise<number>;

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
