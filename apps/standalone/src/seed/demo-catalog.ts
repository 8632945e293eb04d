/** A realistic demo catalog: cities, venues and categories (times are offsets from now). */
export type DemoEvent = {
  title: string;
  description: string;
  category: string;
  daysFromNow: number;
  hour: number;
  venue: { name: string; city: string; country: string };
  capacity: number;
  publish: boolean;
};

const venues = {
  barbican: { name: 'Barbican Hall', city: 'London', country: 'GB' },
  o2: { name: 'The O2 Arena', city: 'London', country: 'GB' },
  paradiso: { name: 'Paradiso', city: 'Amsterdam', country: 'NL' },
  ziggo: { name: 'Ziggo Dome', city: 'Amsterdam', country: 'NL' },
  philharmonie: { name: 'Philharmonie', city: 'Berlin', country: 'DE' },
  tempodrom: { name: 'Tempodrom', city: 'Berlin', country: 'DE' },
  olympia: { name: "L'Olympia", city: 'Paris', country: 'FR' },
  zenith: { name: 'Zénith Paris', city: 'Paris', country: 'FR' },
  palau: { name: 'Palau de la Música', city: 'Barcelona', country: 'ES' },
  liceu: { name: 'Gran Teatre del Liceu', city: 'Barcelona', country: 'ES' },
  abbey: { name: 'Abbey Theatre', city: 'Dublin', country: 'IE' },
  rds: { name: 'RDS Arena', city: 'Dublin', country: 'IE' },
} as const;

export const DEMO_CATALOG: readonly DemoEvent[] = [
  { title: 'Midnight Jazz Sessions', description: 'A late-night quartet with guests.', category: 'music', daysFromNow: 6, hour: 22, venue: venues.paradiso, capacity: 450, publish: true },
  { title: 'Symphony No. 9 — Beethoven', description: 'The full choral symphony with the city choir.', category: 'music', daysFromNow: 12, hour: 20, venue: venues.philharmonie, capacity: 2200, publish: true },
  { title: 'Hamlet', description: 'A new staging of the tragedy, in modern dress.', category: 'theatre', daysFromNow: 9, hour: 19, venue: venues.abbey, capacity: 480, publish: true },
  { title: 'Stand-up Showcase', description: 'Five rising comics, one night.', category: 'comedy', daysFromNow: 4, hour: 21, venue: venues.tempodrom, capacity: 800, publish: true },
  { title: 'European Basketball Final', description: 'The season decider.', category: 'sports', daysFromNow: 30, hour: 18, venue: venues.o2, capacity: 20000, publish: true },
  { title: 'Frontend Summit', description: 'Two days of talks on the web platform.', category: 'conference', daysFromNow: 45, hour: 9, venue: venues.ziggo, capacity: 3000, publish: true },
  { title: 'Summer Solstice Festival', description: 'Three stages from noon to midnight.', category: 'festival', daysFromNow: 60, hour: 12, venue: venues.rds, capacity: 15000, publish: true },
  { title: 'The Gruffalo — Live on Stage', description: 'Songs, laughter and scary fun for children aged 3 and up.', category: 'family', daysFromNow: 10, hour: 14, venue: venues.barbican, capacity: 1900, publish: true },
  { title: 'Silent Film Night: Metropolis', description: 'The restored cut with a live organ score.', category: 'film', daysFromNow: 15, hour: 20, venue: venues.olympia, capacity: 1800, publish: true },
  { title: 'La Traviata', description: "Verdi's opera in three acts.", category: 'theatre', daysFromNow: 21, hour: 19, venue: venues.liceu, capacity: 2300, publish: true },
  { title: 'Flamenco Night', description: 'Guitar, cante and baile.', category: 'music', daysFromNow: 8, hour: 21, venue: venues.palau, capacity: 2000, publish: true },
  { title: 'Electronic Nights', description: 'An all-night DJ line-up.', category: 'music', daysFromNow: 18, hour: 23, venue: venues.zenith, capacity: 6300, publish: true },
  { title: 'Improv Marathon', description: 'Twelve hours of improvised comedy.', category: 'comedy', daysFromNow: 26, hour: 12, venue: venues.paradiso, capacity: 450, publish: true },
  { title: 'Indie Film Premiere', description: 'Premiere and Q&A with the director.', category: 'film', daysFromNow: 3, hour: 19, venue: venues.barbican, capacity: 1900, publish: true },
  { title: 'City Half Marathon Expo', description: 'Race-week expo and talks.', category: 'sports', daysFromNow: 40, hour: 10, venue: venues.rds, capacity: 5000, publish: true },
  { title: 'Chamber Music Matinee', description: 'Schubert and Brahms.', category: 'music', daysFromNow: 5, hour: 15, venue: venues.philharmonie, capacity: 1, publish: true },
  { title: 'Data Engineering Day', description: 'Draft: speakers to be confirmed.', category: 'conference', daysFromNow: 90, hour: 9, venue: venues.tempodrom, capacity: 900, publish: false },
  { title: 'Puppet Theatre for Toddlers', description: 'Draft: awaiting final schedule.', category: 'family', daysFromNow: 33, hour: 11, venue: venues.abbey, capacity: 120, publish: false },
];
