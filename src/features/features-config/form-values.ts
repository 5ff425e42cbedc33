// The form edits one flag; the PUT sends the whole resource back so a real server's other feature flags
// are kept as they were (octopus-api.md §1.11).
import type { FeaturesConfiguration } from '../../api/schemas';

export interface FeaturesFormValues {
  isBuiltInWorkerEnabled: boolean;
}

export function toFormValues(dto: FeaturesConfiguration): FeaturesFormValues {
  return { isBuiltInWorkerEnabled: dto.IsBuiltInWorkerEnabled };
}

export function toDto(values: FeaturesFormValues, loaded: FeaturesConfiguration): FeaturesConfiguration {
  return { ...loaded, IsBuiltInWorkerEnabled: values.isBuiltInWorkerEnabled };
}
