import { capitalize } from '../../lib/format';

export const CATEGORIES = ['music', 'theatre', 'comedy', 'sports', 'conference', 'festival', 'family', 'film'] as const;
export type Category = (typeof CATEGORIES)[number];

export const categoryOptions = CATEGORIES.map((value) => ({ value, label: capitalize(value) }));

const colors: Record<string, string> = {
  music: 'grape',
  theatre: 'red',
  comedy: 'orange',
  sports: 'green',
  conference: 'blue',
  festival: 'pink',
  family: 'teal',
  film: 'indigo',
};

export const categoryColor = (category: string) => colors[category] ?? 'gray';
