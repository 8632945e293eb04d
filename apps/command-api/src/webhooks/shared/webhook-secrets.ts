import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';

/**
 * Mints endpoint signing secrets: `whsec_` and 32 random bytes (base64url). The random source
 * stays here, out of the domain; a test may provide another WebhookSecrets.
 */
@Injectable()
export class WebhookSecrets {
  mint(): string {
    return `whsec_${randomBytes(32).toString('base64url')}`;
  }
}
