// The signed-in user and what they may do (octopus-api.md §1.8). A user may read only their own permission
// set; the portal derives R4's choices from it, and the handlers enforce the same set.
import { http } from 'msw';
import { z } from 'zod';
import type { User } from '../../src/api/schemas';
import { DEMO_PASSWORD, endSession, startSession } from '../api-keys';
import { badRequest, forbidden, json, readBody, route, type Ctx } from '../http';
import { wirePermissions, wireUser } from '../wire/resources';
import { presentSpace } from '../links';

function presentUser(u: User): User {
  const self = `/api/users/${u.Id}`;
  return {
    ...wireUser(u),
    Links: {
      Self: self,
      Permissions: `${self}/permissions`,
      PermissionsConfiguration: `${self}/permissions/configuration`,
      ApiKeys: `${self}/apikeys{/id}{?skip,take}`,
      Avatar: `https://www.gravatar.com/avatar/${u.Id}?d=blank`,
      Spaces: `${self}/spaces`,
      Teams: `${self}/teams{?spaces,includeSystem}`,
    },
  };
}

/** `me` or the current user's id; anyone else's record needs a permission the fake never grants. */
function ownId(ctx: Ctx): string {
  const id = ctx.params.id ?? '';
  if (id.toLowerCase() === 'me' || id.toLowerCase() === ctx.db.user.Id.toLowerCase()) return ctx.db.user.Id;
  throw forbidden('UserView');
}

/** Octopus.Client's LoginCommand. */
const LoginCommand = z.object({ Username: z.string(), Password: z.string(), RememberMe: z.boolean().optional() });

// Wording UNVERIFIED: what Octopus says to a wrong username or password.
const BAD_LOGIN = 'Invalid username or password.';

function withCookies(response: Response, cookies: string[]): Response {
  for (const c of cookies) response.headers.append('Set-Cookie', c);
  return response;
}

/** How people sign in here: Octopus's own username and password provider (AuthenticationResource). */
const AUTHENTICATION = {
  Id: 'authentication',
  AnyAuthenticationProvidersSupportPasswordManagement: true,
  AutoLoginEnabled: false,
  AuthenticationProviders: [
    { Name: 'Octopus', IdentityType: 'UsernamePassword', FormsLoginEnabled: true, Links: {}, CSSLinks: [], JavascriptLinks: [] },
  ],
  LastModifiedOn: null,
  LastModifiedBy: null,
  Links: { Self: '/api/authentication' },
};

export const userHandlers = [
  http.get('*/api/authentication', route(() => json(AUTHENTICATION))),

  // A session, as Octopus's portal starts one: the identification and anti-forgery cookies, and the user.
  http.post('*/api/users/login', route(async (ctx) => {
    const body = await readBody(ctx.request, LoginCommand);
    const user = ctx.db.user;
    if (body.Username.trim().toLowerCase() !== user.Username.toLowerCase() || body.Password !== DEMO_PASSWORD)
      throw badRequest([BAD_LOGIN], BAD_LOGIN);
    return withCookies(json(presentUser(user)), startSession());
  })),

  http.post('*/api/users/logout', route((ctx) => withCookies(json({}), endSession(ctx.request)))),

  http.get('*/api/users/me', route((ctx) => json(presentUser(ctx.db.user)))),

  http.get('*/api/users/:id/permissions', route((ctx) => {
    const id = ownId(ctx);
    return json({ ...wirePermissions(ctx.db.permissions), Id: id, Links: { Self: `/api/users/${id}/permissions` } });
  })),

  // The spaces this user may work in (a bare array, as Octopus answers); Tentacle picks the default from it.
  http.get('*/api/users/:id/spaces', route((ctx) => {
    ownId(ctx);
    return json(ctx.store.spaces().map(presentSpace));
  })),

  http.get('*/api/users/:id', route((ctx) => {
    ownId(ctx);
    return json(presentUser(ctx.db.user));
  })),
];
