import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

class FieldError {
  @ApiProperty({ example: 'quantity' }) field!: string;
  @ApiProperty({ example: 'quantity must not be less than 1' }) message!: string;
}

/** The schema of every error body (RFC 9457); see ProblemDetails in problem.ts. */
@ApiSchema({
  name: 'ProblemDetails',
  description: 'RFC 9457 problem details; members beyond these are extensions (e.g. a rule’s details)',
})
export class ProblemDetailsSchema {
  @ApiProperty({ format: 'uri', example: 'https://booking.example/problems/validation' }) type!: string;
  @ApiProperty({ example: 'Bad Request' }) title!: string;
  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400 }) status!: number;
  @ApiProperty({ example: 'quantity: quantity must not be less than 1' }) detail!: string;
  @ApiPropertyOptional({ description: 'The request path' }) instance?: string;
  @ApiPropertyOptional({ description: 'The stable domain code', example: 'inventory.insufficient-seats' })
  code?: string;
  @ApiPropertyOptional({ type: [FieldError] }) errors?: FieldError[];
}
