// Signing in as Octopus does, over real HTTP (`npm run mock-server` requires it): anonymous /api and
// /api/authentication; a password starts a session (an HttpOnly cookie and an anti-forgery cookie); a
// cookie-authenticated POST/PUT/DELETE without the matching X-Octopus-Csrf-Token is refused; logout ends it.
import type { AddressInfo } from 'node:net';
import { bypass } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_COOKIE, DEMO_PASSWORD, FAKE_API_KEY, requireSignIn, SESSION_COOKIE } from '../api-keys';
import { createMockHttpServer } from '../http-server';
import { setupFakeOctopus } from './harness';

setupFakeOctopus();

const server = createMockHttpServer();
let origin = '';
beforeAll(async () => {
  requireSignIn(true);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => requireSignIn(true));

const call = (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) =>
  fetch(bypass(`${origin}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  }));

async function signIn(password = DEMO_PASSWORD) {
  const res = await call('POST', '/api/users/login', {}, { Username: 'admin', Password: password, RememberMe: false });
  const cookies = res.headers.getSetCookie();
  const value = (name: string) => cookies.find((c) => c.startsWith(`${name}=`))?.split(';')[0]?.split('=')[1] ?? '';
  return { res, cookies, cookie: `${SESSION_COOKIE}=${value(SESSION_COOKIE)}; ${CSRF_COOKIE}=${value(CSRF_COOKIE)}`, csrf: value(CSRF_COOKIE) };
}

describe('the fake signs people in like Octopus', () => {
  it('answers /api and /api/authentication to anyone, and 401 to anything else without a key or session', async () => {
    expect((await call('GET', '/api')).status).toBe(200);
    const auth = await (await call('GET', '/api/authentication')).json();
    expect(auth.AuthenticationProviders[0]).toMatchObject({ Name: 'Octopus', FormsLoginEnabled: true });
    const refused = await call('GET', '/api/Spaces-1/workers');
    expect(refused.status).toBe(401);
    expect((await refused.json()).ErrorMessage).toMatch(/You must be logged in/);
    expect((await call('GET', '/api/Spaces-1/workers', { 'X-Octopus-ApiKey': FAKE_API_KEY })).status).toBe(200);
  });

  it('a wrong password is a 400 and sets no cookie', async () => {
    const { res, cookies } = await signIn('wrong');
    expect(res.status).toBe(400);
    expect((await res.json()).ErrorMessage).toBe('Invalid username or password.');
    expect(cookies).toEqual([]);
  });

  it('a password starts a session: an HttpOnly identification cookie, a readable anti-forgery cookie, the user', async () => {
    const { res, cookies, cookie } = await signIn();
    const user = await res.json();
    expect([res.status, user.ErrorMessage]).toEqual([200, undefined]);
    expect(user.Username).toBe('admin');
    expect(cookies.find((c) => c.startsWith(SESSION_COOKIE))).toMatch(/HttpOnly/);
    expect(cookies.find((c) => c.startsWith(CSRF_COOKIE))).not.toMatch(/HttpOnly/);
    expect((await call('GET', '/api/users/me', { cookie })).status).toBe(200);
  });

  it('a cookie-authenticated change needs the matching X-Octopus-Csrf-Token', async () => {
    const { cookie, csrf } = await signIn();
    const pool = { Name: 'From a session', Description: '' };
    const without = await call('POST', '/api/Spaces-1/workerpools', { cookie }, pool);
    expect(without.status).toBe(403);
    expect((await without.json()).ErrorMessage).toBe('A required anti-forgery token was not supplied or was invalid.');
    expect((await call('POST', '/api/Spaces-1/workerpools', { cookie, 'X-Octopus-Csrf-Token': 'forged' }, pool)).status).toBe(403);
    expect((await call('POST', '/api/Spaces-1/workerpools', { cookie, 'X-Octopus-Csrf-Token': csrf }, pool)).status).toBe(201);
  });

  it('logout ends the session and expires both cookies', async () => {
    const { cookie, csrf } = await signIn();
    const out = await call('POST', '/api/users/logout', { cookie, 'X-Octopus-Csrf-Token': csrf });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().every((c) => /Expires=Thu, 01 Jan 1970/.test(c))).toBe(true);
    expect((await call('GET', '/api/users/me', { cookie })).status).toBe(401);
  });

  it('in the browser demo and in tests (sign-in not required) the scenario user is signed in already', async () => {
    requireSignIn(false);
    expect((await call('GET', '/api/Spaces-1/workers')).status).toBe(200);
  });
});
