// The `Tentacle register-worker` command a polling Tentacle runs to register itself (seeds/external-workers.md,
// octopus-api.md §3.6), for Windows (PowerShell) and Linux (a POSIX shell). Pools go by name, one
// `--workerpool` each, as Tentacle resolves them by name, slug or id. The API key is a placeholder: the
// portal never holds or shows a real key.
//
// Every value is single-quoted, the one quoting both shells take literally: no `$`, backtick, `;`, `&` or
// glob in a worker or pool name can run or expand anything. Inside PowerShell's single quotes only a single
// quote (and its typographic variants, which PowerShell treats alike) is special and is doubled; in POSIX
// sh nothing is, so a single quote ends the quoting, is escaped, and quoting resumes. (Windows PowerShell
// 5.1 drops a double quote inside an argument to a native program; PowerShell 7.3 and later pass it.)

export const API_KEY_PLACEHOLDER = 'API-YOUR-API-KEY';
export const DEFAULT_INSTANCE = 'Tentacle';

export type TentacleShell = 'powershell' | 'posix';

export const SHELLS: Record<TentacleShell, { label: string; program: string; continuation: string }> = {
  powershell: { label: 'Windows (PowerShell)', program: '.\\Tentacle.exe', continuation: ' `' },
  posix: { label: 'Linux (bash or sh)', program: '/opt/octopus/tentacle/Tentacle', continuation: ' \\' },
};

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

/** One argument, quoted so the shell hands it to Tentacle exactly as written. */
export function quoteArg(value: string, shell: TentacleShell = 'powershell'): string {
  if (shell === 'posix') return `'${value.replace(/'/g, `'\\''`)}'`;
  return `'${value.replace(/['\u2018\u2019\u201A\u201B]/g, (q) => q + q)}'`;
}

/** The options in order, unquoted: what Tentacle receives. */
export function registerWorkerOptions(input: RegisterWorkerInput): Array<[string, string]> {
  const options: Array<[string, string]> = [
    ['--instance', input.instance?.trim() || DEFAULT_INSTANCE],
    ['--server', input.serverUrl],
    ['--comms-style', input.commsStyle],
    ['--apikey', API_KEY_PLACEHOLDER],
    ['--name', input.name.trim()],
  ];
  if (input.space) options.push(['--space', input.space]);
  if (input.policyName) options.push(['--policy', input.policyName]);
  for (const pool of input.poolNames) options.push(['--workerpool', pool]);
  return options;
}

/**
 * The command for one shell, one option per line joined by the shell's line continuation, so no line is
 * ever wrapped inside a value and the whole text can be pasted as it is.
 */
export function registerWorkerCommand(input: RegisterWorkerInput, shell: TentacleShell = 'powershell'): string {
  const { program, continuation } = SHELLS[shell];
  const lines = [`${program} register-worker`, ...registerWorkerOptions(input).map(([flag, value]) => `  ${flag} ${quoteArg(value, shell)}`)];
  return lines.join(`${continuation}\n`);
}
