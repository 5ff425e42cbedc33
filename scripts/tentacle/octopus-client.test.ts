// The root document: Octopus.Client's patience with a starting server, and its API version check.
import { describe, expect, it, vi } from 'vitest';
import { OctopusClient } from './octopus-client';

const root = (apiVersion: string | undefined) => new Response(JSON.stringify({ Version: '2024.3.1', ApiVersion: apiVersion, Links: {} }), { status: 200 });

describe('OctopusClient.loadRoot', () => {
  it('waits while the server answers 503 (starting), says so once, then reads the root', async () => {
    const fetch = vi.fn()
      .mockResolvedValueOnce(new Response('{"ErrorMessage":"Starting"}', { status: 503 }))
      .mockResolvedValueOnce(new Response('{"ErrorMessage":"Starting"}', { status: 503 }))
      .mockResolvedValueOnce(root('3.0.0'));
    const waiting: string[] = [];
    const client = new OctopusClient({ server: 'http://o/', apiKey: 'API-K', fetch, connectWaitMs: 5000, onWaiting: (m) => waiting.push(m) });
    expect((await client.loadRoot()).Version).toBe('2024.3.1');
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(waiting).toEqual(['Waiting for the Octopus Server at http://o/api to answer…']);
    expect(fetch.mock.calls[0]?.[1]?.headers).toMatchObject({ 'X-Octopus-ApiKey': 'API-K' });
  });

  it('refuses an API it does not know', async () => {
    const client = (v: string | undefined) => new OctopusClient({ server: 'http://o/', apiKey: 'k', fetch: vi.fn().mockResolvedValue(root(v)) });
    await expect(client('4.0.0').loadRoot()).rejects.toThrow('This Octopus Deploy server uses a newer API specification (4.0.0) than this tool can handle (3.0.0 to 3.0.99). Please check for updates to this tool.');
    await expect(client(undefined).loadRoot()).rejects.toThrow('older API specification');
  });

  it('does not retry an error that is not about availability', async () => {
    const fetch = vi.fn().mockResolvedValue(new Response('{"ErrorMessage":"Nope","Errors":["a"]}', { status: 400 }));
    await expect(new OctopusClient({ server: 'http://o/', apiKey: 'k', fetch, connectWaitMs: 5000 }).loadRoot()).rejects.toThrow('Nope\n\n - a\n');
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
