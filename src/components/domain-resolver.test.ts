// @vitest-environment node
import type { ResolverOptions } from 'react-hook-form';
import { domainResolver, fieldMessages } from './domain-resolver';

type Form = { name: string; thumbprint: string };
const options = {} as ResolverOptions<Form>;

describe('domainResolver', () => {
  it("puts the rule's messages on their fields and withholds the values", async () => {
    const resolve = domainResolver<Form>((v) => (v.name ? {} : { name: 'Please specify a name for this worker.', thumbprint: undefined }));
    expect(await resolve({ name: '', thumbprint: 'x' }, undefined, options)).toEqual({
      values: {},
      errors: { name: { type: 'validate', message: 'Please specify a name for this worker.' } },
    });
  });

  it('passes the values on when the rule finds nothing', async () => {
    const resolve = domainResolver<Form>(() => ({}));
    expect(await resolve({ name: 'w', thumbprint: 'x' }, undefined, options)).toEqual({ values: { name: 'w', thumbprint: 'x' }, errors: {} });
  });
});

describe('fieldMessages', () => {
  it('keeps the first message for each field', () => {
    expect(fieldMessages([
      { field: 'name', message: 'first' },
      { field: 'name', message: 'second' },
      { field: 'thumbprint', message: 'bad' },
    ])).toEqual({ name: 'first', thumbprint: 'bad' });
  });

  it("places command properties through the server's field map, leaving out what it doesn't name", () => {
    const map = { Name: 'name', 'Endpoint.Thumbprint': 'thumbprint' } as const;
    expect(fieldMessages([
      { field: 'Endpoint.Thumbprint', message: 'bad thumbprint' },
      { field: 'Endpoint.CommunicationStyle', message: 'unknown style' },
      { field: 'Name', message: 'no name' },
    ], map)).toEqual({ thumbprint: 'bad thumbprint', name: 'no name' });
  });
});
