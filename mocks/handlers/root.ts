// GET /api and GET /api/{spaceId} (octopus-api.md §1.2): clients discover every URL from these link
// templates, so they must name what the handlers serve. The root also carries the default space's links
// with its id substituted, as a real root does when a default space exists.
import { http } from 'msw';
import { json, route, spaceRoute } from '../http';
import { globalLinks, spaceLinks } from '../links';

/** Fixed, so the root document is the same on every run (a real server's is a random GUID per install). */
const INSTALLATION_ID = '5b7e0f4a-2c41-4e55-9a43-0c3f7f1d2e8b';

export const rootHandlers = [
  http.get('*/api', route((ctx) =>
    json({
      Id: null,
      LastModifiedOn: null,
      LastModifiedBy: null,
      Application: 'Octopus Deploy',
      Version: ctx.db.serverVersion ?? '2024.3.12345',
      ApiVersion: '3.0.0',
      InstallationId: INSTALLATION_ID,
      HasLongTermSupport: false,
      IsEarlyAccessProgram: false,
      // Global Self and SpaceHome win over the space's own.
      Links: { ...spaceLinks(ctx.db.space.Id), ...globalLinks() },
    }),
  )),

  http.get('*/api/:spaceId', spaceRoute((ctx) => json({ Id: ctx.spaceId, LastModifiedOn: null, LastModifiedBy: null, Links: spaceLinks(ctx.spaceId) }))),
];
