// The same handlers over real HTTP, for curl, scripts and server-mode e2e (`npm run mock-server`):
// a dependency-free node:http adapter over msw's getResponse (toolchain.md §6). Memory only; state lasts
// until the process ends or POST /api/__mock/reset.
import { createServer, type Server } from 'node:http';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';
import { getResponse } from 'msw';
import { DEMO_PASSWORD, FAKE_API_KEY, requireSignIn } from './api-keys';
import { handlers } from './handlers';
import { configureMockStore } from './store';

/** An HTTP server over the handlers and whatever store is configured (main() configures the real one). */
export function createMockHttpServer(): Server {
  return createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const headers = new Headers();
      for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(key, value);
      const request = new Request(url, {
        method: req.method, headers,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
        duplex: hasBody ? 'half' : undefined,
      } as RequestInit);
      const response = await getResponse(handlers, request);
      if (!response) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      // Each Set-Cookie stays its own header line (joining them would break the cookies).
      const out: Record<string, string | string[]> = Object.fromEntries(response.headers);
      const cookies = response.headers.getSetCookie();
      if (cookies.length) out['set-cookie'] = cookies;
      // JSON compressed for a client that accepts it, as Octopus Server does: a page of 30 workers is ~30 kB
      // of JSON and ~4 kB gzipped, which on a slow link is the difference between the rows now and later.
      const gzip = Boolean(response.body) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /json/.test(response.headers.get('content-type') ?? '');
      if (gzip) {
        out['content-encoding'] = 'gzip';
        out.vary = 'Accept-Encoding';
        delete out['content-length'];
      }
      res.writeHead(response.status, out);
      if (!response.body) return void res.end();
      const body = Readable.fromWeb(response.body as never);
      (gzip ? body.pipe(createGzip()) : body).pipe(res);
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ErrorMessage: 'The fake Octopus server failed.', Errors: [String(error)] }));
    });
  });
}

async function main(): Promise<void> {
  const { scenarios } = await import('./registry');
  const scenario = process.env.MOCK_SCENARIO ?? 'default';
  configureMockStore({ registry: scenarios, scenario });
  // Like a real server, nothing but /api and signing in is answered without a key or a session.
  requireSignIn(process.env.MOCK_SIGN_IN !== 'off');
  const port = Number(process.env.MOCK_PORT ?? 4010);
  createMockHttpServer().listen(port, '127.0.0.1', () => {
    console.log(`Fake Octopus listening on http://127.0.0.1:${port}/api (scenario "${scenario}")`);
    console.log(`Sign in as the scenario's user with the password ${DEMO_PASSWORD}, or with the API key ${FAKE_API_KEY}`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
