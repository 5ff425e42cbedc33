// Link templates and link resolution as Octopus.Client does them.
import { describe, expect, it } from 'vitest';
import { expandTemplate, linkResolver } from './uri-template';

const WORKERS = '/api/Spaces-1/workers{/id}{?skip,take,name,ids,partialName,thumbprint}';

describe('expandTemplate', () => {
  it('fills the parameters the template names and drops the rest', () => {
    expect(expandTemplate(WORKERS, { name: 'build agent 7', policy: 'ignored' })).toBe('/api/Spaces-1/workers?name=build%20agent%207');
    expect(expandTemplate(WORKERS, { id: 'all', thumbprint: 'ABC' })).toBe('/api/Spaces-1/workers/all?thumbprint=ABC');
    expect(expandTemplate(WORKERS)).toBe('/api/Spaces-1/workers');
  });

  it('joins lists with commas, skips empty lists and nulls, matches names case-insensitively', () => {
    expect(expandTemplate('/api/x{?ids,name}', { IDS: ['WorkerPools-1', 'WorkerPools-2'], name: null })).toBe('/api/x?ids=WorkerPools-1,WorkerPools-2');
    expect(expandTemplate('/api/x{?ids}', { ids: [] })).toBe('/api/x');
  });

  it('expands simple and continuation forms', () => {
    expect(expandTemplate('/api/{spaceId}/x{?a}{&b}', { spaceId: 'Spaces-2', a: 1, b: true })).toBe('/api/Spaces-2/x?a=1&b=true');
  });
});

describe('linkResolver', () => {
  it('resolves ~/ against the given address (virtual directory kept, a trailing /api dropped), links against the origin', () => {
    const resolve = linkResolver('https://octopus.example.com/octo/api/');
    expect(resolve('~/api')).toBe('https://octopus.example.com/octo/api');
    expect(resolve('/octo/api/users/me')).toBe('https://octopus.example.com/octo/api/users/me');
    expect(linkResolver('http://127.0.0.1:4010')('~/api')).toBe('http://127.0.0.1:4010/api');
  });
});
