import { Query } from '@nestjs/cqrs';
import type { PaymentSettingsView } from './payment-settings.view';

export class PaymentSettingsQuery extends Query<PaymentSettingsView> {}
