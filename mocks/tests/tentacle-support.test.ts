// What Tentacle's register-worker and deregister-worker need from the fake beyond the portal's endpoints:
// the server certificate (linked from the root), the user's spaces, and a 401 for an API key it doesn't know.
import { describe, expect, it } from 'vitest';
import { FAKE_API_KEY } from '../api-keys';
import { SERVER_THUMBPRINT } from '../handlers/certificates';
import { api, setupFakeOctopus } from './harness';

setupFakeOctopus();

/** Octopus's swagger 2021.2, definition `CertificateConfigurationResource`: every property, no other. */
const CERTIFICATE_CONFIGURATION_FIELDS = ['Id', 'LastModifiedBy', 'LastModifiedOn', 'Links', 'Name', 'SignatureAlgorithm', 'Thumbprint'];

const withKey = (path: string, key: string) => fetch(`http://localhost${path}`, { headers: { 'X-Octopus-ApiKey': key } });

describe('the server certificate', () => {
  it('is linked from the root as CertificateConfiguration, and certificate-global has Octopus’s fields', async () => {
    const root = (await api('/api')).body;
    expect(root.Links.CertificateConfiguration).toBe('/api/configuration/certificates{/id}{?skip,take}');
    const res = await api('/api/configuration/certificates/certificate-global');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(CERTIFICATE_CONFIGURATION_FIELDS);
    expect(res.body).toMatchObject({ Id: 'certificate-global', Thumbprint: SERVER_THUMBPRINT });
    expect(SERVER_THUMBPRINT).toMatch(/^[0-9A-F]{40}$/);
  });

  it('lists as a collection; any other id is a 404', async () => {
    const list = (await api('/api/configuration/certificates')).body;
    expect(list).toMatchObject({ ItemType: 'CertificateConfiguration', TotalResults: 1, Items: [{ Id: 'certificate-global' }] });
    expect((await api('/api/configuration/certificates/certificate-other')).status).toBe(404);
  });
});

describe("the user's spaces", () => {
  it('answer a bare array with the default space, for the current user only', async () => {
    const me = (await api('/api/users/me')).body;
    const spaces = await api(me.Links.Spaces);
    expect(spaces.body).toEqual([expect.objectContaining({ Id: 'Spaces-1', IsDefault: true, Links: expect.objectContaining({ SpaceHome: '/api/Spaces-1' }) })]);
    expect((await api('/api/users/Users-99/spaces')).status).toBe(403);
  });
});

describe('API keys', () => {
  it('no key is the scenario’s user (the demo); the fake’s key is too; any other key is a 401', async () => {
    expect((await api('/api/users/me')).status).toBe(200);
    expect((await withKey('/api/users/me', FAKE_API_KEY)).status).toBe(200);
    const bad = await withKey('/api/Spaces-1/workers', 'API-NOTTHEKEY00000000000000');
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({ ErrorMessage: expect.stringContaining('Please provide a valid API key'), Errors: [] });
    expect((await api('/api/users/me?apikey=API-NOTTHEKEY00000000000000')).status).toBe(401);
  });

  it('the root document stays anonymous, as Octopus serves it before anyone signs in', async () => {
    expect((await withKey('/api', 'API-NOTTHEKEY00000000000000')).status).toBe(200);
  });
});
