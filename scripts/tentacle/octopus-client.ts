// The HTTP half of Octopus.Client as Tentacle uses it: every URL comes from a link (resolved the way
// `DefaultLinkResolver` does), the API key rides in X-Octopus-ApiKey only, lists are paged through
// `Page.Next`, and the root document is fetched with the same patience for a server that is starting.
import { OctopusApiError, type OctopusErrorAnswer } from './failures';
import { expandTemplate, linkResolver, type TemplateParams } from './uri-template';

export type Links = Record<string, string>;
export interface RootDocument {
  Version?: string;
  ApiVersion?: string;
  Links: Links;
}
export interface Page<T> {
  Items: T[];
  Links: Links;
}

/** Octopus's link collections are case-insensitive. */
export function findLink(links: Links | undefined, name: string): string | undefined {
  const key = Object.keys(links ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : links?.[key];
}

export interface ClientOptions {
  server: string;
  apiKey: string;
  fetch?: typeof fetch;
  /** How long to keep asking for `/api` while the server can't be reached or answers 503 (Octopus.Client: 60 s). */
  connectWaitMs?: number;
  /** Told once when the first attempt fails, so a wait is never silent. */
  onWaiting?: (message: string) => void;
}

const API_VERSION_MIN = [3, 0, 0];
const API_VERSION_MAX = [3, 0, 99];

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i += 1) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** fetch rejected: nothing answered at that address (refused, unknown host, reset). */
export class ServerUnreachable extends Error {}

const describeCause = (error: unknown) =>
  error instanceof Error ? String((error.cause as Error | undefined)?.message ?? error.message) : String(error);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class OctopusClient {
  private readonly resolve: (link: string) => string;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: ClientOptions) {
    this.resolve = linkResolver(options.server);
    this.fetchImpl = options.fetch ?? fetch;
  }

  async request<T>(method: string, link: string, params?: TemplateParams, body?: unknown): Promise<T> {
    const url = this.resolve(expandTemplate(link, params));
    const headers: Record<string, string> = { Accept: 'application/json', 'X-Octopus-ApiKey': this.options.apiKey };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await this.fetchImpl(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      throw new ServerUnreachable(`Could not reach the Octopus Server at ${url}: ${describeCause(error)}`, { cause: error });
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      const answer = parsed && typeof parsed === 'object' ? (parsed as OctopusErrorAnswer) : { ErrorMessage: text || undefined };
      throw new OctopusApiError(response.status, answer, url);
    }
    return parsed as T;
  }

  get<T>(link: string, params?: TemplateParams): Promise<T> {
    return this.request<T>('GET', link, params);
  }

  /** Visits pages while `visit` asks for more and the server offers a `Page.Next`. */
  async paginate<T>(link: string, params: TemplateParams | undefined, visit: (page: Page<T>) => boolean): Promise<void> {
    let page = await this.get<Page<T>>(link, params);
    for (;;) {
      const next = findLink(page.Links, 'Page.Next');
      if (!visit(page) || page.Items.length === 0 || !next) return;
      page = await this.get<Page<T>>(next);
    }
  }

  /** GET ~/api, waiting while the server is unreachable or starting, then checking its API version. */
  async loadRoot(): Promise<RootDocument> {
    const started = Date.now();
    const wait = this.options.connectWaitMs ?? 60_000;
    let told = false;
    for (;;) {
      try {
        return checkApiVersion(await this.get<RootDocument>('~/api'));
      } catch (error) {
        const unreachable = error instanceof ServerUnreachable;
        if (!unreachable && !(error instanceof OctopusApiError && error.status === 503)) throw error;
        const delay = unreachable ? 1000 : 500;
        if (Date.now() - started + delay > wait)
          throw new Error(`Unable to connect to the Octopus Deploy server. ${(error as Error).message}`, { cause: error });
        if (!told) this.options.onWaiting?.(`Waiting for the Octopus Server at ${this.resolve('~/api')} to answer…`);
        told = true;
        await sleep(delay);
      }
    }
  }
}

function checkApiVersion(root: RootDocument): RootDocument {
  if (!root?.ApiVersion?.trim())
    throw new Error('This Octopus Deploy server uses an older API specification than this tool can handle. Please check for updates to the Octo tool.');
  const current = root.ApiVersion.split(/[.-]/).slice(0, 3).map(Number);
  if (compareVersions(current, API_VERSION_MIN) < 0 || compareVersions(current, API_VERSION_MAX) > 0)
    throw new Error(`This Octopus Deploy server uses a newer API specification (${root.ApiVersion}) than this tool can handle (3.0.0 to 3.0.99). Please check for updates to this tool.`);
  return root;
}
