// @vitest-environment node
import { API_KEY_PLACEHOLDER, quoteArg, registerWorkerCommand } from './register-worker-command';

describe('registerWorkerCommand (Tentacle CLI, octopus-api.md §3.6)', () => {
  const base = {
    serverUrl: 'https://octopus.example.com/',
    name: 'build-agent-07',
    poolNames: ['Default Worker Pool'],
    commsStyle: 'TentacleActive' as const,
  };

  it('R1: a polling worker registers with --comms-style TentacleActive and a placeholder API key', () => {
    expect(registerWorkerCommand(base)).toBe(
      '.\\Tentacle.exe register-worker --instance "Tentacle" --server "https://octopus.example.com/" ' +
        `--comms-style TentacleActive --apikey "${API_KEY_PLACEHOLDER}" --name "build-agent-07" --workerpool "Default Worker Pool"`,
    );
  });

  it('R1: one --workerpool for each pool, in the order chosen', () => {
    const command = registerWorkerCommand({ ...base, poolNames: ['Linux Workers', 'AWS Workers'] });
    expect(command.match(/--workerpool "[^"]+"/g)).toEqual(['--workerpool "Linux Workers"', '--workerpool "AWS Workers"']);
  });

  it('names the instance, space and machine policy when given', () => {
    const command = registerWorkerCommand({ ...base, instance: 'Worker2', space: 'Spaces-2', policyName: 'Transient' });
    expect(command).toContain('--instance "Worker2"');
    expect(command).toContain('--space "Spaces-2"');
    expect(command).toContain('--policy "Transient"');
  });

  it('a blank instance falls back to Tentacle; the name is trimmed', () => {
    const command = registerWorkerCommand({ ...base, instance: '  ', name: '  w1 ' });
    expect(command).toContain('--instance "Tentacle"');
    expect(command).toContain('--name "w1"');
  });

  it('quotes values so names with spaces or quotes stay one argument', () => {
    expect(quoteArg('Bob\'s "pool"')).toBe('"Bob\'s ""pool"""');
  });
});
