import { Controller, Get, Inject, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, Authenticated, CLOCK, type Clock } from '@booking/platform';
import type { SessionDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { ReadsProjections } from '../../http/reads-projections';
import { SessionsView } from '../accounts.views';

@ApiTags('accounts')
@ReadsProjections('accounts', 'sessions')
@Controller('api/me/sessions')
export class MySessionsController {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: SessionsView, description: 'Active sessions only' })
  async list(@Req() request: { user: AuthenticatedActor }) {
    const now = this.clock.now().toISOString();
    const sessions = await (
      await this.readModels.collection<SessionDoc>('sessions')
    ).find(
      { userId: request.user.userId, status: 'active', idleExpiresAt: { $gt: now }, absoluteExpiresAt: { $gt: now } },
      { sort: { lastUsedAt: -1 }, limit: 100 },
    );
    return {
      items: sessions.map((s) => ({
        id: s._id,
        device: s.device,
        ip: s.ip,
        createdAt: s.createdAt,
        lastUsedAt: s.lastUsedAt,
        current: s._id === request.user.sessionId,
      })),
    };
  }
}
