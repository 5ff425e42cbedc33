import type { FeaturesConfiguration } from '../../api/schemas';
import { toDto, toFormValues } from './form-values';

describe('features form values', () => {
  const loaded = {
    Id: 'featuresconfiguration',
    IsBuiltInWorkerEnabled: true,
    IsCommunityActionTemplatesEnabled: true,
    Links: { Self: '/api/featuresconfiguration' },
  } as FeaturesConfiguration;

  it('R8: reads the built-in worker flag', () => {
    expect(toFormValues(loaded)).toEqual({ isBuiltInWorkerEnabled: true });
  });

  it('R8: writes the flag back into the whole resource, keeping the other flags', () => {
    expect(toDto({ isBuiltInWorkerEnabled: false }, loaded)).toEqual({
      ...loaded,
      IsBuiltInWorkerEnabled: false,
    });
  });
});
