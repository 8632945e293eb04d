import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type ReceivedSmtpMessage = Readonly<{ user: string; envelopeTo: string[]; raw: Buffer }>;
export type SmtpTestServer = Readonly<{
  host: string;
  port: number;
  received: ReceivedSmtpMessage[];
  stop: () => Promise<void>;
}>;

/**
 * A real SMTP server (the `smtp-server` package) on a free loopback port: plain text (no TLS),
 * AUTH PLAIN/LOGIN required for one user, every accepted message kept raw. Test support only.
 */
export async function startSmtpTestServer(credentials: { user: string; password: string }): Promise<SmtpTestServer> {
  const received: ReceivedSmtpMessage[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.password)
        return callback(null, { user: auth.username });
      return callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        received.push({
          user: String(session.user),
          envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
