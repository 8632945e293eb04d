// The pages are loaded lazily by the router (app/App.tsx) from their own files.
export { JoinWaitlist } from './JoinWaitlist';
export type { WaitlistEntry } from './waitlist.types';
