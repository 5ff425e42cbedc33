// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { API_KEY_PLACEHOLDER, quoteArg, registerWorkerCommand, registerWorkerOptions } from './register-worker-command';

describe('registerWorkerCommand (Tentacle CLI, octopus-api.md §3.6)', () => {
  const base = {
    serverUrl: 'https://octopus.example.com/',
    name: 'build-agent-07',
    poolNames: ['Default Worker Pool'],
    commsStyle: 'TentacleActive' as const,
  };

  it('R1: a polling worker registers with --comms-style TentacleActive and a placeholder API key, one option a line', () => {
    expect(registerWorkerCommand(base, 'powershell')).toBe([
      ".\\Tentacle.exe register-worker `",
      "  --instance 'Tentacle' `",
      "  --server 'https://octopus.example.com/' `",
      "  --comms-style 'TentacleActive' `",
      `  --apikey '${API_KEY_PLACEHOLDER}' \``,
      "  --name 'build-agent-07' `",
      "  --workerpool 'Default Worker Pool'",
    ].join('\n'));
    expect(registerWorkerCommand(base, 'posix')).toBe([
      '/opt/octopus/tentacle/Tentacle register-worker \\',
      "  --instance 'Tentacle' \\",
      "  --server 'https://octopus.example.com/' \\",
      "  --comms-style 'TentacleActive' \\",
      `  --apikey '${API_KEY_PLACEHOLDER}' \\`,
      "  --name 'build-agent-07' \\",
      "  --workerpool 'Default Worker Pool'",
    ].join('\n'));
  });

  it('R1: one --workerpool for each pool, in the order chosen', () => {
    const command = registerWorkerCommand({ ...base, poolNames: ['Linux Workers', 'AWS Workers'] });
    expect(command.match(/--workerpool '[^']+'/g)).toEqual(["--workerpool 'Linux Workers'", "--workerpool 'AWS Workers'"]);
  });

  it('names the instance, space and machine policy when given', () => {
    const options = registerWorkerOptions({ ...base, instance: 'Worker2', space: 'Spaces-2', policyName: 'Transient' });
    expect(options).toContainEqual(['--instance', 'Worker2']);
    expect(options).toContainEqual(['--space', 'Spaces-2']);
    expect(options).toContainEqual(['--policy', 'Transient']);
  });

  it('a blank instance falls back to Tentacle; the name is trimmed', () => {
    const options = registerWorkerOptions({ ...base, instance: '  ', name: '  w1 ' });
    expect(options).toContainEqual(['--instance', 'Tentacle']);
    expect(options).toContainEqual(['--name', 'w1']);
  });

  it('PowerShell: single quotes, with single quotes (and their typographic forms) doubled', () => {
    expect(quoteArg("Bob's pool", 'powershell')).toBe("'Bob''s pool'");
    expect(quoteArg('a\u2019b', 'powershell')).toBe("'a\u2019\u2019b'");
    expect(quoteArg('$(Remove-Item C:\\) `n "x"', 'powershell')).toBe("'$(Remove-Item C:\\) `n \"x\"'");
  });

  const hostile = ["Bob's pool", '$(touch /tmp/pwned)', '`whoami`', 'a; rm -rf ~', 'x && y | z', '*', '"quoted"', "it's $HOME\\n", 'tab\there'];

  it.each(hostile)('POSIX: %j reaches Tentacle as one argument, exactly, with nothing run or expanded', (value) => {
    const command = registerWorkerCommand({ ...base, name: value, poolNames: [value] }, 'posix')
      .replace('/opt/octopus/tentacle/Tentacle', 'printf "%s\\n"');
    const out = execFileSync('sh', ['-c', command], { encoding: 'utf8' }).split('\n');
    expect(out[out.indexOf('--name') + 1]).toBe(value);
    expect(out[out.indexOf('--workerpool') + 1]).toBe(value);
  });
});
