import { render, screen } from '@testing-library/react';
import { createTestQueryClient } from '../../test/render';
import { AppProviders } from '../providers';
import { config } from '../../config';
import { ServerInfo } from './server-info';

describe('ServerInfo', () => {
  it('against a real server, names it and its version from GET /api', async () => {
    render(
      <AppProviders queryClient={createTestQueryClient()}>
        <ServerInfo />
      </AppProviders>,
    );
    expect(await screen.findByText('Octopus Deploy 2024.3.12345')).toBeInTheDocument();
    expect(screen.getByText(window.location.origin)).toBeInTheDocument();
  });

  it("through the dev proxy, shows the proxy's target (OCTOPUS_URL), not this page's origin", async () => {
    const before = config.proxiedOctopusUrl;
    config.proxiedOctopusUrl = 'https://octopus.example.com';
    try {
      render(
        <AppProviders queryClient={createTestQueryClient()}>
          <ServerInfo />
        </AppProviders>,
      );
      expect(await screen.findByText('Octopus Deploy 2024.3.12345')).toBeInTheDocument();
      expect(screen.getByText('https://octopus.example.com')).toBeInTheDocument();
    } finally {
      config.proxiedOctopusUrl = before;
    }
  });
});
