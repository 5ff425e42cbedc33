import { render, screen } from '@testing-library/react';
import { createTestQueryClient } from '../../test/render';
import { AppProviders } from '../providers';
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
});
