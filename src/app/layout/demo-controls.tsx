// Demo modes: which scenario the fake Octopus serves ("Demo data: default"), a menu to switch to another
// one it lists, and `Reset demo data`. After either, every cached answer is dropped and refetched.
import { useState } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { demoQueries, useResetDemoData, useSelectScenario } from '../../api/demo';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { config } from '../../config';
import { pathInSpace } from '../../paths';
import { rememberScenario } from '../scenario';
import { ScenarioMenu } from './scenario-menu';

export function DemoControls({ onDataReplaced }: { onDataReplaced: () => void }) {
  const queryClient = useQueryClient();
  const state = useQuery(demoQueries.state());
  const select = useSelectScenario();
  const reset = useResetDemoData();
  const [searchParams, setSearchParams] = useSearchParams();
  const [confirmReset, setConfirmReset] = useState(false);
  const [notice, setNotice] = useState<string>();
  const spaceId = useParams().spaceId;
  const { pathname } = useLocation();
  const navigate = useNavigate();

  const replaceData = async (message: string) => {
    await queryClient.resetQueries();
    onDataReplaced();
    setNotice(message);
  };

  const switchTo = async (name: string) => {
    await select.mutateAsync(name);
    rememberScenario(name);
    // A stale ?scenario= in the address would switch back on the next reload.
    if (searchParams.has('scenario')) {
      const next = new URLSearchParams(searchParams);
      next.set('scenario', name);
      setSearchParams(next, { replace: true });
    }
    // Every scenario has its first space; only `default` has a second, so leave any other for the first.
    if (spaceId !== undefined && spaceId !== config.defaultSpaceId) navigate(pathInSpace(pathname, config.defaultSpaceId), { replace: true });
    await replaceData(`Now showing demo data: ${name}`);
  };

  const resetData = async () => {
    await reset.mutateAsync();
    setConfirmReset(false);
    await replaceData('Demo data reset');
  };

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <ScenarioMenu
        current={state.data?.Scenario}
        scenarios={state.data?.Scenarios ?? []}
        loadError={state.isError}
        pending={select.isPending}
        onSelect={(name) => void switchTo(name).catch(() => undefined)}
      />
      <Button color="inherit" variant="outlined" size="small" onClick={() => setConfirmReset(true)}>
        Reset demo data
      </Button>
      <ConfirmDialog
        open={confirmReset}
        title="Reset demo data?"
        confirmLabel="Reset demo data"
        destructive
        pending={reset.isPending}
        error={reset.error}
        onConfirm={() => void resetData().catch(() => undefined)}
        onCancel={() => {
          setConfirmReset(false);
          reset.reset();
        }}
      >
        Every change made in the {state.data?.Scenario ?? 'current'} scenario (workers, pools, steps,
        settings) is lost, and its original data comes back.
      </ConfirmDialog>
      {select.isError && (
        <Box component="span" role="alert" sx={{ fontSize: '0.8125rem' }}>
          Could not switch: {select.error.message}
        </Box>
      )}
      <Snackbar
        open={notice !== undefined}
        autoHideDuration={4000}
        onClose={() => setNotice(undefined)}
        message={notice}
      />
    </Box>
  );
}
