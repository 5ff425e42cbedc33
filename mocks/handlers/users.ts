// The signed-in user and what they may do (octopus-api.md §1.8). A user may read only their own permission
// set; the portal derives R4's choices from it, and the handlers enforce the same set.
import { http } from 'msw';
import type { User } from '../../src/api/schemas';
import { forbidden, json, route, type Ctx } from '../http';
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

export const userHandlers = [
  http.get('*/api/users/me', route((ctx) => json(presentUser(ctx.db.user)))),

  http.get('*/api/users/:id/permissions', route((ctx) => {
    const id = ownId(ctx);
    return json({ ...wirePermissions(ctx.db.permissions), Id: id, Links: { Self: `/api/users/${id}/permissions` } });
  })),

  // The spaces this user may work in (a bare array, as Octopus answers); Tentacle picks the default from it.
  http.get('*/api/users/:id/spaces', route((ctx) => {
    ownId(ctx);
    return json([presentSpace(ctx.db.space)]);
  })),

  http.get('*/api/users/:id', route((ctx) => {
    ownId(ctx);
    return json(presentUser(ctx.db.user));
  })),
];
