import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { declareCommonProblems } from './common-problems';
import { describePlatformInputs } from './platform-inputs';
import { describeRouteParameters } from './route-parameters';
import { applyValidationConstraints } from './validation-constraints';

/**
 * What @nestjs/swagger cannot see from decorators alone, read from what the server enforces:
 * UUID path parameters (ParseUUIDPipe), request constraints (class-validator), and the
 * problem+json errors the platform answers on every operation of a given shape.
 */
export function completeDocument(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  describeRouteParameters(app, document);
  applyValidationConstraints(document);
  describePlatformInputs(document);
  declareCommonProblems(document);
  return document;
}
