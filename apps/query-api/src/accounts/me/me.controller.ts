import { Controller, Get, NotFoundException } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@booking/domain';
import { Authenticated, CurrentActor } from '@booking/platform';
import type { AccountDoc } from '@booking/projections';
import { ReadModels } from '../../http/read-models';
import { ReadsProjections } from '../../http/reads-projections';

@ApiTags('accounts')
@ReadsProjections('accounts')
@Controller('api/me')
export class MeController {
  constructor(private readonly readModels: ReadModels) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ description: '{ id, email, displayName, roles, emailVerified, createdAt }' })
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
