import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReadsProjections } from '../../http/reads-projections';
import { PaymentSettingsQuery } from './payment-settings.query';
import { PaymentSettingsView } from './payment-settings.view';

@ApiTags('payments')
@ReadsProjections()
@Controller('api/payments/settings')
export class PaymentSettingsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: PaymentSettingsView, description: 'The configured payment provider (public)' })
  get() {
    return this.queries.execute(new PaymentSettingsQuery());
  }
}
