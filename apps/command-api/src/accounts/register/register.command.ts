import { RequestCommand } from '../../http/request-command';

/** The sign-up as sent: the handler checks and hashes the password and claims the address. */
export type RegisterData = { email: string; password: string; displayName: string };

export class RegisterCommand extends RequestCommand<RegisterData, void> {}
