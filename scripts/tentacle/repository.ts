// Octopus.Client's repositories as Tentacle meets them. Each repository (the client's own, every
// `ForSystem()`, every `ForSpace()`) reads the root document and its space's root once, lazily, and looks a
// link up in the space root first, then the root. Keeping that structure is what makes this CLI send the
// same requests, in the same order, as the real Tentacle.
import { OctopusApiError } from './failures';
import { findLink, type Links, type OctopusClient, type RootDocument } from './octopus-client';
import type { TemplateParams } from './uri-template';

export interface Resource {
  Id: string;
  Name: string;
  Slug?: string | null;
  Links: Links;
  [field: string]: unknown;
}
export interface SpaceResource extends Resource {
  IsDefault: boolean;
}

type Scope = { kind: 'unspecified' } | { kind: 'system' } | { kind: 'space'; space: SpaceResource };

export class Repository {
  private root?: Promise<RootDocument>;
  private spaceRoot?: Promise<RootDocument | null>;

  constructor(readonly client: OctopusClient, readonly scope: Scope) {}

  loadRoot(): Promise<RootDocument> {
    return (this.root ??= this.client.loadRoot());
  }

  private loadSpaceRoot(): Promise<RootDocument | null> {
    return (this.spaceRoot ??= this.readSpaceRoot());
  }

  private async readSpaceRoot(): Promise<RootDocument | null> {
    if (this.scope.kind === 'system') return null;
    if (this.scope.kind === 'space') return this.client.get<RootDocument>(requireLink(this.scope.space.Links, 'SpaceHome'));
    // No space named: the user's default space, if the server has spaces and the user may see them.
    const root = await this.loadRoot();
    if (!findLink(root.Links, 'Spaces')) return null;
    let home: string | undefined;
    try {
      const user = await this.client.get<Resource>(requireLink(root.Links, 'CurrentUser'));
      const spaces = await this.client.get<SpaceResource[]>(requireLink(user.Links, 'Spaces'));
      home = findLink(spaces.find((s) => s.IsDefault)?.Links, 'SpaceHome');
    } catch (error) {
      if (error instanceof OctopusApiError && (error.status === 401 || error.status === 403)) return null;
      throw error;
    }
    return home ? this.client.get<RootDocument>(home) : null;
  }

  async link(name: string): Promise<string> {
    const root = await this.loadRoot();
    const spaceRoot = await this.loadSpaceRoot();
    return findLink(spaceRoot?.Links, name) ?? requireLink(root.Links, name);
  }

  async hasLink(name: string): Promise<boolean> {
    const root = await this.loadRoot();
    const spaceRoot = await this.loadSpaceRoot();
    return findLink(spaceRoot?.Links, name) !== undefined || findLink(root.Links, name) !== undefined;
  }
}

export function requireLink(links: Links | undefined, name: string): string {
  const link = findLink(links, name);
  if (link === undefined) throw new Error(`The document does not define a link for '${name}'.`);
  return link;
}

const same = (a: string | null | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

/** Every item of a collection that matches, across all pages (`FindMany`). */
export async function findMany<T extends Resource>(repo: Repository, collection: string, match: (r: T) => boolean, params?: TemplateParams): Promise<T[]> {
  const link = await repo.link(collection);
  const found: T[] = [];
  await repo.client.paginate<T>(link, params, (page) => {
    found.push(...page.Items.filter(match));
    return true;
  });
  return found;
}

/** The first item with this name (`FindByName`): sends `name` when the link template takes it. */
export async function findByName<T extends Resource>(repo: Repository, collection: string, name: string): Promise<T | undefined> {
  const link = await repo.link(collection);
  let found: T | undefined;
  await repo.client.paginate<T>(link, { name: name.trim() }, (page) => {
    found = page.Items.find((r) => same(r.Name, name));
    return found === undefined;
  });
  return found;
}

export const findByNames = <T extends Resource>(repo: Repository, collection: string, names: readonly string[]) =>
  findMany<T>(repo, collection, (r) => names.some((n) => same(r.Name, n)));

export const findBySlugs = <T extends Resource>(repo: Repository, collection: string, slugs: readonly string[]) =>
  findMany<T>(repo, collection, (r) => slugs.some((s) => same(r.Slug, s)));

/** Items by id (`Get(params string[] ids)`): nothing is requested for an empty list. */
export async function getByIds<T extends Resource>(repo: Repository, collection: string, ids: readonly string[]): Promise<T[]> {
  const wanted = ids.filter((id) => id.trim() !== '');
  if (!wanted.length) return [];
  let link = await repo.link(collection);
  if (!/\{\?.*\Wids\W/.test(link)) link += '{?ids}';
  const found: T[] = [];
  await repo.client.paginate<T>(link, { ids: wanted }, (page) => {
    found.push(...page.Items);
    return true;
  });
  return found;
}
