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

  const hostile = ['x$(iwr evil|iex)', "Bob's pool", '$(touch /tmp/pwned)', '`whoami`', 'a; rm -rf ~', 'x && y | z', '*', '"quoted"', "it's $HOME\\n", 'tab\there'];

  it.each(hostile)('POSIX: %j reaches Tentacle as one argument, exactly, with nothing run or expanded', (value) => {
    const command = registerWorkerCommand({ ...base, name: value, poolNames: [value] }, 'posix')
      .replace('/opt/octopus/tentacle/Tentacle', 'printf "%s\\n"');
    const out = execFileSync('sh', ['-c', command], { encoding: 'utf8' }).split('\n');
    expect(out[out.indexOf('--name') + 1]).toBe(value);
    expect(out[out.indexOf('--workerpool') + 1]).toBe(value);
  });

  /**
   * PowerShell's verbatim string, as its language spec reads one (no pwsh on this machine): between single
   * quotes nothing expands, and a quote character (' or its typographic forms) doubled is one literal quote.
   */
  function readVerbatim(text: string): { value: string; rest: string } {
    const q = /['\u2018\u2019\u201A\u201B]/;
    if (!q.test(text[0] ?? '')) throw new Error(`not a verbatim string: ${text}`);
    let value = '';
    for (let i = 1; i < text.length; i++) {
      const c = text[i] as string;
      if (!q.test(c)) value += c;
      else if (q.test(text[i + 1] ?? '')) value += text[++i];
      else return { value, rest: text.slice(i + 1) };
    }
    throw new Error('unterminated string');
  }

  it.each(hostile)('PowerShell: %j is one verbatim argument, read back exactly (x$(iwr evil|iex) runs nothing)', (value) => {
    const command = registerWorkerCommand({ ...base, name: value, poolNames: [value] }, 'powershell');
    for (const option of ['--name', '--workerpool']) {
      const after = command.slice(command.indexOf(`${option} `) + option.length + 1);
      const { value: read, rest } = readVerbatim(after);
      expect(read).toBe(value);
      expect(rest).toMatch(/^( `\n|$)/);
    }
  });
});

