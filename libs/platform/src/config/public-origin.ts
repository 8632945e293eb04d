import { isIPv6 } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from './app-config';

/**
 * The origin links in mails and social-login redirects point to: PUBLIC_URL when set, else the
 * address this process actually listens on (known once `listen` has bound the port; PORT may be
 * 0 or anything but 3000).
 */
@Injectable()
export class PublicOrigin {
  private listening?: string;
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get url(): string {
    return (this.config.publicUrl ?? this.listening ?? `http://127.0.0.1:${this.config.port}`).replace(/\/+$/, '');
  }

  /** Called by `listen` with the bound address. */
  listeningOn(url: string): void {
    this.listening = url;
  }
}

/**
 * The origin of a process listening on HOST and port: an IPv6 address goes in brackets (`::1` would
 * otherwise read as part of the port), and an any-address (`0.0.0.0`, `::`) as localhost.
 */
export function listeningOrigin(host: string, port: number): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return `http://localhost:${port}`;
  return `http://${isIPv6(host) ? `[${host}]` : host}:${port}`;
}
