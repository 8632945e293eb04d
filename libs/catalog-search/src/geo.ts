import type { GeoPoint } from './catalog-document';

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A filter on `venue.location.lat/lng` for the box holding every point within `radiusKm` of
 * `center` (a superset: the caller keeps the exact circle with haversineKm). Handles the poles
 * and boxes crossing the antimeridian.
 */
export function boundingBoxFilter(center: GeoPoint, radiusKm: number): Record<string, unknown> {
  const dLat = radiusKm / KM_PER_DEGREE;
  const minLat = center.lat - dLat;
  const maxLat = center.lat + dLat;
  const lat = { 'venue.location.lat': { $gte: Math.max(-90, minLat), $lte: Math.min(90, maxLat) } };
  const ratio = Math.sin(rad(dLat)) / Math.cos(rad(center.lat));
  if (minLat <= -90 || maxLat >= 90 || !(ratio < 1)) return lat; // a pole inside: every longitude
  const dLng = Math.asin(ratio) * (180 / Math.PI);
  const west = center.lng - dLng;
  const east = center.lng + dLng;
  if (west >= -180 && east <= 180) return { ...lat, 'venue.location.lng': { $gte: west, $lte: east } };
  const [a, b] = west < -180 ? [west + 360, east] : [west, east - 360];
  return { ...lat, $or: [{ 'venue.location.lng': { $gte: a } }, { 'venue.location.lng': { $lte: b } }] };
}
