import { describe, expect, it } from 'vitest';
import { LANDING_DATA_ID, readLandingData } from './landingData';

const doc = (text: string | null) => ({
  getElementById: (id: string) =>
    id === LANDING_DATA_ID && text !== null ? ({ textContent: text } as HTMLElement) : null,
});

describe("the server's landing data", () => {
  it('is read from its script element', () => {
    expect(readLandingData(doc('{"path":"/","at":5,"limit":24}'))).toEqual({ path: '/', at: 5, limit: 24 });
  });

  it('is nothing without the element, or when it does not read as landing data', () => {
    expect(readLandingData(doc(null))).toBeUndefined();
    expect(readLandingData(doc('not json'))).toBeUndefined();
    expect(readLandingData(doc('{"path":"/"}'))).toBeUndefined();
    expect(readLandingData(doc('null'))).toBeUndefined();
    expect(readLandingData(undefined)).toBeUndefined();
  });
});
