// `npm run tentacle -- <command> [options]`: the two Tentacle commands that register a worker with an
// Octopus Server and remove it again, for the fake server (`npm run mock-server`) and for real ones.
// It makes the same REST calls as `Tentacle.exe register-worker` / `deregister-worker`, but runs no
// Tentacle: it holds no certificate and opens no connection for Octopus to use.
import { hostname } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { CommandEnv } from './command-env';
import { deregisterWorkerCommand, DEREGISTER_WORKER_OPTIONS } from './deregister-worker';
import { EXIT_CODE, reportFailure, type Output } from './failures';
import { describeOptions, type OptionSpec } from './option-set';
import { registerWorkerCommand, REGISTER_WORKER_OPTIONS } from './register-worker';

interface Command {
  summary: string;
  options: OptionSpec[];
  run(args: readonly string[], env: CommandEnv): Promise<void>;
}

const COMMANDS: Record<string, Command> = {
  'register-worker': { summary: 'Registers this machine as a worker with an Octopus Server', options: REGISTER_WORKER_OPTIONS, run: registerWorkerCommand },
  'deregister-worker': { summary: 'Deregisters this machine as a worker from an Octopus Server', options: DEREGISTER_WORKER_OPTIONS, run: deregisterWorkerCommand },
};

function usage(out: Output, name?: string): void {
  const command = name ? COMMANDS[name] : undefined;
  if (name && command) {
    out.info(`Usage: npm run tentacle -- ${name} [<options>]`);
    out.info(command.summary);
    describeOptions(command.options).forEach((line) => out.info(line));
    return;
  }
  out.info('Usage: npm run tentacle -- <command> [<options>]');
  for (const [commandName, c] of Object.entries(COMMANDS)) out.info(`  ${commandName.padEnd(20)}${c.summary}`);
  out.info("Run 'npm run tentacle -- help <command>' for a command's options.");
}

export type CliEnv = Partial<Omit<CommandEnv, 'out'>> & { out: Output };

/** Runs one command line and returns the exit code Tentacle would (0, 1 controlled failure, 2, 100). */
export async function main(argv: readonly string[], env: CliEnv): Promise<number> {
  const [name, ...args] = argv;
  const commandName = name?.toLowerCase();
  if (commandName === 'help' || commandName === '--help' || commandName === '-?') {
    usage(env.out, args[0]?.toLowerCase());
    return EXIT_CODE.success;
  }
  const command = commandName ? COMMANDS[commandName] : undefined;
  if (!command) {
    if (name) env.out.error(`Command '${name}' is not supported by this CLI.`);
    usage(env.out);
    return EXIT_CODE.unknownCommand;
  }
  if (args.some((a) => a === '--help' || a === '-?')) {
    usage(env.out, commandName);
    return EXIT_CODE.success;
  }
  try {
    await command.run(args, { ...env, hostname: env.hostname ?? hostname() });
    return EXIT_CODE.success;
  } catch (error) {
    return reportFailure(error, env.out);
  }
}

const console_: Output = { info: (line) => process.stdout.write(`${line}\n`), error: (line) => process.stderr.write(`${line}\n`) };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  void main(process.argv.slice(2), { out: console_ }).then((code) => (process.exitCode = code));
