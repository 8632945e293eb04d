import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@booking/domain';
import { ApiProblems } from '../openapi/api-problems';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DEMO_PASSWORD, DEMO_PERSONAS } from './demo-personas';

class DemoPersona {
  @ApiProperty({ enum: ['attendee', 'organizer', 'admin', 'finance', 'analyst', 'ops'] }) persona!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() password!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
}

class DemoPersonas {
  @ApiProperty({ type: [DemoPersona] }) items!: DemoPersona[];
}

/** Demo mode only: the seeded users and their (public) passwords, for the login page. */
@ApiTags('demo')
@Controller('api/demo')
export class DemoPersonasController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('personas')
  @ApiOkResponse({ type: DemoPersonas })
  @ApiProblems({ 404: 'Demo mode is off' })
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
