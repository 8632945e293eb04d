import { Controller, Get, NotFoundException } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { ApiProblems, Authenticated, CurrentActor } from '@booking/platform';
import type { AccountDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { ReadsProjections } from '../../http/reads-projections';
import { MeView } from '../accounts.views';

@ApiTags('accounts')
@ReadsProjections('accounts')
@Controller('api/me')
export class MeController {
  constructor(private readonly readModels: ReadModels) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: MeView })
  @ApiProblems({ 404: 'No account behind this token' })
  async me(@CurrentActor() actor: Actor) {
    const doc = await (await this.readModels.collection<AccountDoc>('accounts')).findOne({ _id: actor.userId });
    if (!doc) throw new NotFoundException('No account for this token (demo tokens have none)');
    return {
      id: doc._id,
      email: doc.email,
      displayName: doc.displayName,
      roles: doc.roles,
      emailVerified: doc.emailVerified,
      createdAt: doc.createdAt,
    };
  }
}
