import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { configuredIdentityProviders } from '@booking/identity';
import { ReadsProjections } from '../../http/reads-projections';
import { ProvidersView } from '../accounts.views';

/** The social-login buttons to show: configured providers only. */
@ApiTags('auth')
@ReadsProjections()
@Controller('api/auth/providers')
export class ProvidersController {
  private readonly items = configuredIdentityProviders(process.env).map((p) => ({ id: p.id, name: p.name }));

  @Get()
  @ApiOkResponse({ type: ProvidersView, description: 'Configured providers only' })
  list() {
    return { items: this.items };
  }
}
