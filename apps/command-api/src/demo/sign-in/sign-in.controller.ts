import { Body, Controller, HttpCode, Inject, NotFoundException, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { APP_CONFIG, type AppConfig, DEMO_PERSONAS, type Persona, TokenIssuer } from '@booking/platform';

export class DemoSignInRequest {
  @ApiProperty({ enum: Object.keys(DEMO_PERSONAS) })
  @IsIn(Object.keys(DEMO_PERSONAS))
  persona!: Persona;
}

/** Demo mode only: signs in as a seeded persona. Real accounts come with the accounts context. */
@ApiTags('demo')
@Controller('api/demo')
export class DemoSignInController {
  constructor(
    private readonly tokens: TokenIssuer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('sign-in')
  @HttpCode(200)
  @ApiOkResponse({ description: '{ accessToken, user }' })
  signIn(@Body() body: DemoSignInRequest) {
    if (!this.config.demoMode) throw new NotFoundException('Demo sign-in is off');
    const user = DEMO_PERSONAS[body.persona];
    const accessToken = this.tokens.issue({ sub: user.id, roles: [...user.roles], name: user.name });
    return { accessToken, user: { id: user.id, name: user.name, roles: user.roles } };
  }
}
