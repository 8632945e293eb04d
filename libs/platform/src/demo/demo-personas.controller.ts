import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DEMO_PASSWORD, DEMO_PERSONAS } from './demo-personas';

/** Demo mode only: the seeded users and their (public) passwords, for the login page. */
@ApiTags('demo')
@Controller('api/demo')
export class DemoPersonasController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('personas')
  @ApiOkResponse({ description: '{ items: [{ persona, email, password, name, roles }] }' })
  personas() {
    if (!this.config.demoMode) throw new NotFoundException('Demo mode is off');
    return {
      items: Object.entries(DEMO_PERSONAS).map(([persona, p]) => ({
        persona,
        email: p.email,
        password: DEMO_PASSWORD,
        name: p.name,
        roles: p.roles,
      })),
    };
  }
}
