// @vitest-environment node
import { commStyleLabel, endpointAddress, parseTentacleUrl, tentacleUrl } from './worker-endpoint';

describe('worker endpoints in words (R1)', () => {
  it.each([
    ['TentaclePassive', 'Listening Tentacle'],
    ['TentacleActive', 'Polling Tentacle'],
    ['Ssh', 'SSH Connection'],
    ['KubernetesTentacle', 'KubernetesTentacle'],
  ])('%s is shown as %s', (style, label) => expect(commStyleLabel(style)).toBe(label));

  it.each([
    ['a listening Tentacle by its URL', { CommunicationStyle: 'TentaclePassive', Uri: 'https://w1:10933/' }, 'https://w1:10933/'],
    ['a polling Tentacle by its subscription id', { CommunicationStyle: 'TentacleActive', Uri: 'poll://abc/' }, 'poll://abc/'],
    ['an SSH machine by host:port', { CommunicationStyle: 'Ssh', Host: 'mac-01', Port: 2222, Uri: 'ssh://mac-01:2222/' }, 'mac-01:2222'],
  ])('addresses %s', (_what, endpoint, expected) => expect(endpointAddress(endpoint)).toBe(expected));

  it('a listening URL is built as Tentacle builds it and read back', () => {
    expect(tentacleUrl(' Octo-Worker.corp.local ', 10933)).toBe('https://octo-worker.corp.local:10933/');
    expect(parseTentacleUrl('https://octo-worker.corp.local:10934/')).toEqual({ host: 'octo-worker.corp.local', port: 10934 });
    expect(parseTentacleUrl('https://w1/')).toEqual({ host: 'w1', port: 10933 });
    expect(parseTentacleUrl('not a url')).toEqual({ host: '', port: 10933 });
  });
});
