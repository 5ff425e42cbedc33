// Copies out of Octopus's swagger (../shared/octopus-swagger-2021.2.json, 1.4 MB) the paths the portal and
// the fake serve and every definition they reach, verbatim, so the contract test runs from a clone alone.
// Re-run after adding an endpoint: node scripts/extract-swagger-subset.mjs [path/to/swagger.json]
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2] ?? new URL('../../shared/octopus-swagger-2021.2.json', import.meta.url).pathname;
const target = new URL('../mocks/contract/octopus-swagger-2021.2.subset.json', import.meta.url).pathname;
const swagger = JSON.parse(readFileSync(source, 'utf8'));

// Paths as the swagger spells them; the fake serves each under /api.
const PATHS = [
  '/', '/spaces', '/spaces/all', '/spaces/{id}', '/users/me', '/authentication', '/users/login', '/users/logout', '/users/{id}/permissions', '/featuresconfiguration',
  '/tasks', '/tasks/{id}', '/{baseSpaceId}/tasks', '/{baseSpaceId}/tasks/{id}',
  '/{baseSpaceId}/workers', '/{baseSpaceId}/workers/all', '/{baseSpaceId}/workers/{id}', '/{baseSpaceId}/workers/{id}/connection',
  '/{baseSpaceId}/workers/discover', '/{baseSpaceId}/workers/operatingsystem/names/all', '/{baseSpaceId}/workers/operatingsystem/shells/all',
  '/{baseSpaceId}/workerpools', '/{baseSpaceId}/workerpools/all', '/{baseSpaceId}/workerpools/{id}', '/{baseSpaceId}/workerpools/{id}/workers',
  '/{baseSpaceId}/workerpools/summary', '/{baseSpaceId}/workerpools/sortorder', '/{baseSpaceId}/workerpools/supportedtypes',
  '/{baseSpaceId}/workerpools/dynamicworkertypes',
  '/{baseSpaceId}/machinepolicies', '/{baseSpaceId}/machinepolicies/all', '/{baseSpaceId}/machinepolicies/{id}',
  '/{baseSpaceId}/machines', '/{baseSpaceId}/machines/all', '/{baseSpaceId}/machines/{id}',
  '/{baseSpaceId}/environments', '/{baseSpaceId}/environments/all', '/{baseSpaceId}/environments/{id}',
  '/{baseSpaceId}/accounts', '/{baseSpaceId}/accounts/all', '/{baseSpaceId}/accounts/{id}',
  '/{baseSpaceId}/projects', '/{baseSpaceId}/projects/all', '/{baseSpaceId}/projects/{projectId}',
  '/{baseSpaceId}/projects/{projectId}/deploymentprocesses', '/{baseSpaceId}/deploymentprocesses/{id}',
  '/certificates/certificate-global', '/configuration/certificates/{id}',
];
// Named because no path above reaches them: the space root and the user (swagger 2021.2 leaves those paths untyped).
const EXTRA_DEFINITIONS = ['SpaceRootResource', 'UserResource', 'UserPermissionSetResource'];

const paths = {};
for (const p of PATHS) {
  if (!swagger.paths[p]) throw new Error(`The swagger has no path ${p}`);
  paths[p] = swagger.paths[p];
}
const definitions = {};
const visit = (node) => {
  if (Array.isArray(node)) return node.forEach(visit);
  if (!node || typeof node !== 'object') return;
  const ref = typeof node.$ref === 'string' ? node.$ref.replace('#/definitions/', '') : undefined;
  if (ref && !definitions[ref]) {
    definitions[ref] = swagger.definitions[ref];
    visit(definitions[ref]);
  }
  Object.values(node).forEach(visit);
};
visit(paths);
EXTRA_DEFINITIONS.forEach((name) => visit({ $ref: `#/definitions/${name}` }));

const sorted = Object.fromEntries(Object.keys(definitions).sort().map((k) => [k, definitions[k]]));
writeFileSync(target, `${JSON.stringify({ swagger: swagger.swagger, info: swagger.info, paths, definitions: sorted }, null, 1)}\n`);
console.log(`${Object.keys(paths).length} paths, ${Object.keys(sorted).length} definitions → ${target}`);
