// The kinds of dynamic worker a server connected to Octopus's Dynamic Worker service leases on demand
// (DOCS infrastructure/workers/dynamic-worker-pools.md: Windows and Ubuntu images, a "(default)" of each that
// follows the newest, older images deprecated before their end of life). Dates are fixed for determinism.
import type { DynamicWorkerType } from '../../src/api/schemas';

export function dynamicWorkerTypes(): DynamicWorkerType[] {
  const type = (Id: string, Type: string, Description: string, deprecated: string | null = null, endOfLife: string | null = null) => ({
    Id, Type, Description, StartDateUtc: '2024-01-01T00:00:00.000Z', DeprecationDateUtc: deprecated, EndOfLifeDateUtc: endOfLife,
  });
  return [
    type('UbuntuDefault', 'Ubuntu', 'Ubuntu (default)'),
    type('WindowsDefault', 'Windows', 'Windows (default)'),
    type('Ubuntu2204', 'Ubuntu', 'Ubuntu Server 22.04'),
    type('Windows2022', 'Windows', 'Windows Server Core 2022'),
    type('Windows2019', 'Windows', 'Windows Server Core 2019', '2026-06-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'),
  ];
}
