import { protectPersonalDataLog } from './protect-personal-data';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('Usage: npm run ops:protect-personal-data -- <from events.db> <to events.db>');
  process.exit(2);
}
protectPersonalDataLog(from, to).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
