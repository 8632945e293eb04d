import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { Throttled } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { NotRecorded } from '../../http/idempotency.interceptor';
import { MessageAnswer } from '../accounts.answers';
import { RegisterCommand } from './register.command';
import { RegisterRequest } from './register.request';

const ACCEPTED = { message: 'Check your mailbox: we sent you a link to confirm your address.' };

/** Registration answers the same whether or not the address is free; the mail tells the owner. */
@NotRecorded()
@ApiTags('accounts')
@Controller('api/accounts')
export class RegisterController {
  constructor(private readonly commands: CommandBus) {}

  @Throttled()
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MessageAnswer, description: 'Always the same answer' })
  async register(@Body() body: RegisterRequest, @CommandRequest() context: RequestContext) {
    const { email, password, displayName } = body;
    await this.commands.execute(new RegisterCommand({ data: { email, password, displayName }, context }));
    return ACCEPTED;
  }
}
