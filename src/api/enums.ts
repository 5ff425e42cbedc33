// Octopus's enum values the portal reads from addresses as well as answers: plain arrays with no zod, so the
// start-up's early requests can read a Workers address's filters before the schemas have loaded.
export const HEALTH_STATUSES = ['Healthy', 'HasWarnings', 'Unhealthy', 'Unavailable', 'Unknown'] as const;

/** The three ways a worker talks to the server (R1). */
export const WORKER_COMM_STYLES = ['TentaclePassive', 'TentacleActive', 'Ssh'] as const;
