// The command line is checked before anything is sent, in the order and words of the real Tentacle.
import { describe, expect, it } from 'vitest';
import { main } from './cli';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const fetch = () => Promise.reject(new Error('no request may be sent for this command line'));
  const code = await main(argv, { out: { info: (l) => out.push(l), error: (l) => err.push(l) }, hostname: 'this-machine', fetch, connectWaitMs: 0 });
  return { code, out, err };
}

const SERVER = ['--server', 'http://127.0.0.1:4010', '--apikey', 'API-SECRET000000000000000000'];

describe('register-worker arguments', () => {
  it.each([
    [['register-worker', 'extra'], 'Unrecognized command line arguments: extra'],
    [['register-worker', '--workerpool', 'Linux'], 'Please specify an Octopus Server, e.g., --server=http://your-octopus-server'],
    [['register-worker', '--server', 'http://o', '--workerpool', 'Linux'], 'Please specify an Octopus API key, a Bearer Token or a username and password. You can get an API key from the Octopus web portal. E.g., --apiKey=ABC1234'],
    [['register-worker', '--server', 'http://o', '--apiKey', 'k', '--bearerToken', 't'], 'Please specify a Bearer Token, API Key or username and password - not multiple.'],
    [['register-worker', ...SERVER], 'Please specify a worker pool name, slug or Id, e.g., --workerpool=Default'],
    [['register-worker', ...SERVER, '--workerpool', 'L', '--comms-style', 'Ssh'], 'Please specify a valid communications style, e.g. --comms-style=TentaclePassive'],
    [['register-worker', ...SERVER, '--workerpool', 'L', '--thumbprint', 'ABC'], '--thumbprint must be the Tentacle certificate\'s thumbprint: 40 hexadecimal characters, not "ABC".'],
    [['register-worker', ...SERVER, '--workerpool', 'L', '--comms-style', 'TentacleActive', '--proxy', 'P'], 'Option --proxy can only be used with --comms-style=TentaclePassive.  To set a proxy for a polling Tentacle use the polling-proxy command first and then register the Tentacle with register-with.'],
    [['register-worker', ...SERVER, '--workerpool', 'L', '--comms-style', 'TentacleActive', '--server-subscription-id', 'https://x/'], 'The ServerSubscriptionId must start with poll://'],
    [['register-worker', ...SERVER, '--workerpool', 'L', '--tentacle-comms-port', '0'], '--tentacle-comms-port must be a port number between 1 and 65535, not "0".'],
    [['register-worker', ...SERVER, '--workerpool', 'L', '-h', 'bad host'], '"bad host" is not a host name or IP address Octopus could reach this Tentacle at (--publicHostName).'],
    [['deregister-worker', ...SERVER], 'This Tentacle does not have a thumbprint. The Tentacle must have a thumbprint in order to deregister it. Please specify it with --thumbprint.'],
  ])('%j → exit 1: %s', async (argv, message) => {
    const result = await run(...argv);
    expect(result.err).toEqual([message]);
    expect(result.code).toBe(1);
    expect(result.err.join('\n')).not.toContain('SECRET');
  });

  it('an unknown command exits 2 with the usage; help lists a command’s options', async () => {
    const unknown = await run('register-machine');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toEqual(["Command 'register-machine' is not supported by this CLI."]);
    expect(unknown.out[0]).toBe('Usage: npm run tentacle -- <command> [<options>]');
    const help = await run('help', 'register-worker');
    expect(help.code).toBe(0);
    expect(help.out.some((l) => /^\s+--workerpool=VALUE\s+A worker pool name, slug or id/.test(l))).toBe(true);
    expect((await run('deregister-worker', '--help')).out.some((l) => /-m, --multiple/.test(l))).toBe(true);
  });
});
