// Reading a Tentacle command line as Tentacle's OptionSet does.
import { describe, expect, it } from 'vitest';
import { parseOptions, type OptionSpec } from './option-set';

const SPECS: OptionSpec[] = [
  { names: 'apiKey', value: true, description: '' },
  { names: 'h|publicHostName', value: true, description: '' },
  { names: 'f|force', value: false, description: '' },
  { names: 'workerpool', value: true, description: '' },
];

describe('parseOptions', () => {
  it('reads names in any case, with --, - or / and a value after =, : or as the next argument', () => {
    const o = parseOptions(SPECS, ['--APIKEY=API-1', '-publicHostName', 'web-01', '/workerpool:Linux', '--workerpool', 'Windows']);
    expect(o.get('apiKey')).toBe('API-1');
    expect(o.get('h')).toBe('web-01');
    expect(o.all('workerpool')).toEqual(['Linux', 'Windows']);
    expect(o.unrecognized).toEqual([]);
  });

  it('keeps a value as given, including = and a leading dash', () => {
    const o = parseOptions(SPECS, ['--apiKey=a=b', '-h', '-dash-host']);
    expect(o.get('apiKey')).toBe('a=b');
    expect(o.get('publicHostName')).toBe('-dash-host');
  });

  it('switches take no value; the last of a repeated value wins for get()', () => {
    const o = parseOptions(SPECS, ['-f', '--apiKey', 'one', '--apiKey', 'two']);
    expect(o.has('force')).toBe(true);
    expect(o.get('apiKey')).toBe('two');
    expect(() => parseOptions(SPECS, ['--force=yes'])).toThrow('The option --force takes no value.');
  });

  it('collects what it does not recognise, and refuses a value option at the end of the line', () => {
    expect(parseOptions(SPECS, ['register', '--nope', 'x']).unrecognized).toEqual(['register', '--nope', 'x']);
    expect(() => parseOptions(SPECS, ['--workerpool'])).toThrow("Missing required value for option '--workerpool'.");
  });

  it('has() is false for an option not given', () => {
    expect(parseOptions(SPECS, []).has('force')).toBe(false);
  });
});
