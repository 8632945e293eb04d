import type { Document } from '../read-store.port';

export type Person = Document & {
  name: string;
  age?: number | null;
  city: string;
  tags: string[];
  address?: { zip: string; country: string };
  orders?: { sku: string; qty: number }[];
  joined: Date;
};

/** Five people covering null vs missing fields, nested documents, arrays of scalars and of documents, dates. */
export const PEOPLE: readonly Person[] = [
  {
    _id: 'p1',
    name: 'Ada',
    age: 36,
    city: 'London',
    tags: ['math', 'poetry'],
    address: { zip: 'N1', country: 'UK' },
    orders: [
      { sku: 'a', qty: 1 },
      { sku: 'b', qty: 3 },
    ],
    joined: new Date('2020-01-15T00:00:00Z'),
  },
  {
    _id: 'p2',
    name: 'alan',
    age: 41,
    city: 'Manchester',
    tags: ['math'],
    address: { zip: 'M1', country: 'UK' },
    orders: [{ sku: 'b', qty: 2 }],
    joined: new Date('2021-06-01T00:00:00Z'),
  },
  {
    _id: 'p3',
    name: 'Grace',
    age: 85,
    city: 'New York',
    tags: ['navy', 'cobol'],
    address: { zip: '10001', country: 'US' },
    orders: [],
    joined: new Date('2019-03-10T00:00:00Z'),
  },
  {
    _id: 'p4',
    name: 'Linus',
    age: null,
    city: 'Portland',
    tags: [],
    address: { zip: '97201', country: 'US' },
    joined: new Date('2022-02-02T00:00:00Z'),
  },
  { _id: 'p5', name: 'Barbara', city: 'Boston', tags: ['ai'], joined: new Date('2023-07-07T00:00:00Z') },
];

export const ALL_IDS = PEOPLE.map((p) => p._id);

export const idsOf = (docs: readonly Document[]): string[] => docs.map((d) => d._id);
