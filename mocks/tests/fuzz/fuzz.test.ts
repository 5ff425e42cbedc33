// Model-based fuzzing of the fake Octopus (fast-check): random sequences of valid and invalid operations by
// different users; after every step the invariants of model.ts hold and nothing answered 5xx. CI runs a
// fixed seed; FC_SEED=<n> replays any seed, FC_RUNS=<n> changes the count. A failure prints the seed and
// the shrunk sequence of operations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configureMockStore } from '../../store';
import { fixtureRegistry } from '../../test-fixtures';
import { commandArbitraries } from './commands';
import { checkInvariants, initialModel } from './model';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261202;
const numRuns = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 1000;

describe('model-based fuzzing of the fake (R1, R2, R4, R6–R8)', () => {
  it(`keeps its invariants over ${numRuns} random operation sequences (seed ${seed})`, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(commandArbitraries, { maxCommands: 12 }), async (commands) => {
        runs += 1;
        configureMockStore({ registry: fixtureRegistry() });
        const model = initialModel();
        await checkInvariants(model);
        await fc.asyncModelRun(() => ({ model, real: {} }), commands);
      }),
      { seed, numRuns, endOnFailure: false },
    );
    expect(runs).toBeGreaterThanOrEqual(numRuns);
  }, 120_000);
});
