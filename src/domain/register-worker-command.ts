// The `Tentacle register-worker` command a polling Tentacle runs to register itself (seeds/external-workers.md,
// octopus-api.md §3.6). Pools go by name, one `--workerpool` each, as Tentacle resolves them by name, slug or
// id. The API key is a placeholder: the portal never holds or shows a real key.

export const API_KEY_PLACEHOLDER = 'API-YOUR-API-KEY';
export const DEFAULT_INSTANCE = 'Tentacle';

export interface RegisterWorkerInput {
  /** The Octopus Server's address, e.g. `https://octopus.example.com/`. */
  serverUrl: string;
  name: string;
  poolNames: readonly string[];
  commsStyle: 'TentacleActive' | 'TentaclePassive';
  instance?: string;
  /** Omitted for the default space (Tentacle's default). */
  space?: string;
  policyName?: string;
}

/** Double-quotes a value for PowerShell and cmd alike; embedded quotes are doubled. */
export function quoteArg(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export function registerWorkerCommand(input: RegisterWorkerInput): string {
  const args = [
    'register-worker',
    `--instance ${quoteArg(input.instance?.trim() || DEFAULT_INSTANCE)}`,
    `--server ${quoteArg(input.serverUrl)}`,
    `--comms-style ${input.commsStyle}`,
    `--apikey ${quoteArg(API_KEY_PLACEHOLDER)}`,
    `--name ${quoteArg(input.name.trim())}`,
  ];
  if (input.space) args.push(`--space ${quoteArg(input.space)}`);
  if (input.policyName) args.push(`--policy ${quoteArg(input.policyName)}`);
  for (const pool of input.poolNames) args.push(`--workerpool ${quoteArg(pool)}`);
  return `.\\Tentacle.exe ${args.join(' ')}`;
}
