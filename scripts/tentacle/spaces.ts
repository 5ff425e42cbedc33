// Which space Tentacle works in (OctopusTentacle `SpaceRepositoryFactory`): `--space` names one of the
// spaces the user can work in; without it, the user's default space. The real Tentacle matches names only;
// this one also accepts a space id, because the portal's register-worker command may print one.
import { ControlledFailure } from './failures';
import type { OctopusClient } from './octopus-client';
import { Repository, requireLink, type Resource, type SpaceResource } from './repository';

export class Connection {
  /** The client's own repository: it reads the root first, to connect. */
  readonly repository: Repository;

  constructor(readonly client: OctopusClient) {
    this.repository = new Repository(client, { kind: 'unspecified' });
  }

  forSystem(): Repository {
    return new Repository(this.client, { kind: 'system' });
  }

  forSpace(space: SpaceResource): Repository {
    return new Repository(this.client, { kind: 'space', space });
  }

  /** The spaces the user can work in, not merely see (Octopus.Client `Users.GetSpaces(GetCurrent())`). */
  async userSpaces(): Promise<SpaceResource[]> {
    const user = await this.client.get<Resource>(await this.forSystem().link('CurrentUser'));
    return this.client.get<SpaceResource[]>(requireLink(user.Links, 'Spaces'));
  }
}

export async function connect(client: OctopusClient): Promise<Connection> {
  const connection = new Connection(client);
  await connection.repository.loadRoot();
  return connection;
}

export async function spaceRepository(connection: Connection, spaceName: string | undefined): Promise<Repository> {
  const supportsSpaces = () => connection.repository.hasLink('Spaces');
  if (spaceName) {
    if (!(await supportsSpaces()))
      throw new ControlledFailure(`A space with name "${spaceName}" was requested, but this version of Octopus Server does not support spaces. Please upgrade Octopus Server to a version which supports spaces, or remove the "space" parameter.`);
    const spaces = await connection.userSpaces();
    const wanted = spaceName.trim().toLowerCase();
    const space = spaces.find((s) => s.Name.trim().toLowerCase() === wanted) ?? spaces.find((s) => s.Id.toLowerCase() === wanted);
    if (!space)
      throw new ControlledFailure(`A space with name "${spaceName}" could not be found. Ensure you have spelled the space name correctly and that the user has access to this space.`);
    return connection.forSpace(space);
  }
  if (await supportsSpaces()) {
    const space = (await connection.userSpaces()).find((s) => s.IsDefault);
    if (!space)
      throw new ControlledFailure('No "space" was specified, and the default space is disabled or inaccessible to this user. Please select a space using the "space" parameter.');
    return connection.forSpace(space);
  }
  // A server from before spaces: the client's own repository reaches the same endpoints.
  return connection.repository;
}
