import 'reflect-metadata';
import { Body, Controller, Module, Param, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { IsInt, Max, Min } from 'class-validator';
import { validationPipe } from '@booking/platform';

// Framework baseline for benchmarks: the same stack (NestJS on Fastify, class-validator) with a
// route that validates its body and does nothing else. Shows what the framework costs by itself.
class Quantity {
  @IsInt() @Min(1) @Max(20) quantity!: number;
}

@Controller('api/events')
class EmptyController {
  @Post(':eventId/holds')
  hold(@Param('eventId') eventId: string, @Body() body: Quantity) {
    return { eventId, quantity: body.quantity };
  }
}

@Module({ controllers: [EmptyController] })
class EmptyModule {}

async function main() {
  const app = await NestFactory.create<NestFastifyApplication>(EmptyModule, new FastifyAdapter(), { logger: false });
  app.useGlobalPipes(validationPipe);
  await app.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
}

void main();
