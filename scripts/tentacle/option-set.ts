// Command-line options read the way Tentacle reads them (its Mono.Options-based `OptionSet`): names are
// case-insensitive (`--apikey` finds `apiKey`), a name may be written `--name`, `-name` or `/name`, and a
// value follows `=`, `:` or comes as the next argument. Anything not recognised is collected, and the
// command refuses it, as Tentacle does.
import { ControlledFailure } from './failures';

export interface OptionSpec {
  /** Alternative names, `|`-separated, e.g. `h|publicHostName`. */
  names: string;
  /** true: takes a value; false: a switch. */
  value: boolean;
  description: string;
}

export interface ParsedOptions {
  /** The last value given (Tentacle's setters keep the last), or undefined. */
  get(name: string): string | undefined;
  /** Every value, in order (for repeatable options such as `--workerpool`). */
  all(name: string): string[];
  has(name: string): boolean;
  unrecognized: string[];
}

const OPTION = /^(--|-|\/)([^:=]+)(?:[:=]([\s\S]*))?$/;

export function parseOptions(specs: readonly OptionSpec[], args: readonly string[]): ParsedOptions {
  const byName = new Map<string, OptionSpec>();
  for (const spec of specs) for (const name of spec.names.split('|')) byName.set(name.toLowerCase(), spec);
  const values = new Map<OptionSpec, string[]>();
  const add = (spec: OptionSpec, value: string) => values.set(spec, [...(values.get(spec) ?? []), value]);
  const unrecognized: string[] = [];

  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const match = OPTION.exec(arg);
    const spec = match ? byName.get((match[2] as string).toLowerCase()) : undefined;
    if (!match || !spec) {
      unrecognized.push(arg);
      continue;
    }
    const inline = match[3];
    if (!spec.value) {
      if (inline !== undefined) throw new ControlledFailure(`The option ${match[1]}${match[2]} takes no value.`);
      add(spec, 'true');
    } else if (inline !== undefined) {
      add(spec, inline);
    } else if (i + 1 < args.length) {
      add(spec, args[(i += 1)] as string);
    } else {
      throw new ControlledFailure(`Missing required value for option '${match[1]}${match[2]}'.`);
    }
  }

  const specFor = (name: string) => {
    const spec = byName.get(name.toLowerCase());
    if (!spec) throw new Error(`No option is named ${name}.`);
    return spec;
  };
  return {
    get: (name) => values.get(specFor(name))?.at(-1),
    all: (name) => values.get(specFor(name)) ?? [],
    has: (name) => values.has(specFor(name)),
    unrecognized,
  };
}

/** Option descriptions for `help`, one per line: `  --name=VALUE   description`. */
export function describeOptions(specs: readonly OptionSpec[]): string[] {
  const label = (spec: OptionSpec) =>
    spec.names.split('|').map((n) => (n.length === 1 ? `-${n}` : `--${n}`)).join(', ') + (spec.value ? '=VALUE' : '');
  const width = Math.max(...specs.map((s) => label(s).length)) + 2;
  return specs.map((spec) => `  ${label(spec).padEnd(width)}${spec.description}`);
}
