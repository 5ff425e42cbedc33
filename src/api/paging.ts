// Octopus pages with skip/take; `take=2147483647` means all (octopus-api.md §1.1).
export const TAKE_ALL = 2147483647;
export const DEFAULT_PAGE_SIZE = 30;

export interface PageRequest {
  skip?: number;
  take?: number;
}
