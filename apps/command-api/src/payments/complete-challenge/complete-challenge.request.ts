import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class CompleteChallengeRequest {
  @ApiProperty({ enum: ['pass', 'fail'], description: "The buyer's answer on the test-mode 3-D Secure page" })
  @IsIn(['pass', 'fail'], { message: 'outcome must be pass or fail' })
  outcome!: 'pass' | 'fail';
}
