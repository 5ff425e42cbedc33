// Octopus stores names, slugs and descriptions in bounded columns and refuses what does not fit rather than
// truncating it. Names follow its 200-character limit (src/domain/validation.ts); the other limits are
// UNVERIFIED and generous, so that a 1 MB description or host is refused, never stored.
const FIELD_LIMITS: Readonly<Record<string, number>> = {
  Name: 200, Slug: 200, Description: 4000, Notes: 4000, Host: 253, Uri: 2048, Thumbprint: 200, Fingerprint: 200,
};
/** Script bodies and other step properties may be long; everything else gets this. */
const PROPERTY_LIMIT = 1_000_000;
const OTHER_LIMIT = 10_000;

export function stringLimitErrors(body: unknown, path = '', inProperties = false): string[] {
  if (typeof body === 'string') {
    const field = path.split('.').pop() ?? '';
    const limit = inProperties ? PROPERTY_LIMIT : (FIELD_LIMITS[field] ?? OTHER_LIMIT);
    return body.length > limit ? [`${path || 'The body'} must be ${limit} characters or fewer (it has ${body.length}).`] : [];
  }
  if (Array.isArray(body)) return body.flatMap((v, i) => stringLimitErrors(v, `${path}[${i}]`, inProperties));
  if (body && typeof body === 'object')
    return Object.entries(body).flatMap(([k, v]) => stringLimitErrors(v, path ? `${path}.${k}` : k, inProperties || k === 'Properties'));
  return [];
}
