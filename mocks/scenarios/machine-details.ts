// What a health check reports about a machine, shared by workers and deployment targets: operating
// system and shell, Tentacle version, and the status summary in Octopus's own wording.
import type { HealthStatus } from '../../src/api/schemas';
import { LAST_CHECKED } from './builders';
import { HEX_LOWER, type Rng } from './rng';

export type Os = 'windows' | 'windows2019' | 'linux' | 'debian' | 'mac';

export const CURRENT_TENTACLE_VERSION = '8.1.2';

const HOSTS: Record<Os, { OperatingSystem: string; ShellName: string; ShellVersion: string }> = {
  windows: { OperatingSystem: 'Microsoft Windows Server 2022 Datacenter', ShellName: 'PowerShell', ShellVersion: '5.1.20348.2849' },
  windows2019: { OperatingSystem: 'Microsoft Windows Server 2019 Standard', ShellName: 'PowerShell', ShellVersion: '5.1.17763.6414' },
  linux: { OperatingSystem: 'Ubuntu 22.04.5 LTS', ShellName: 'Bash', ShellVersion: '5.1.16(1)-release' },
  debian: { OperatingSystem: 'Debian GNU/Linux 12 (bookworm)', ShellName: 'Bash', ShellVersion: '5.2.15(1)-release' },
  mac: { OperatingSystem: 'macOS 14.6.1', ShellName: 'Bash', ShellVersion: '3.2.57(1)-release' },
};

export interface HostDetails {
  OperatingSystem: string;
  ShellName: string;
  ShellVersion: string;
  Architecture: string;
}

/** Until its first health check Octopus knows nothing about a machine's host, so it reports "Unknown". */
export function hostDetails(os: Os, health: HealthStatus, platform?: string | null): HostDetails {
  if (health === 'Unknown') return { OperatingSystem: 'Unknown', ShellName: 'Unknown', ShellVersion: 'Unknown', Architecture: 'Unknown' };
  const host = HOSTS[os];
  const arm = platform === 'linux-arm64' || platform === 'linux-arm';
  return { OperatingSystem: host.OperatingSystem, ShellName: host.ShellName, ShellVersion: host.ShellVersion, Architecture: arm ? 'arm64' : 'x64' };
}

/** Octopus's wording per health status; `kind` is how the message names the machine. */
export function statusSummary(health: HealthStatus, kind: 'worker' | 'target' = 'worker'): string {
  switch (health) {
    case 'Healthy':
      return `Octopus was able to successfully establish a connection with this ${kind} (last checked: ${LAST_CHECKED})`;
    case 'HasWarnings':
      return `The health check of this ${kind} completed with warnings (last checked: ${LAST_CHECKED})`;
    case 'Unhealthy':
      return `The health check script failed with exit code 1 (last checked: ${LAST_CHECKED})`;
    case 'Unavailable':
      return `There was a problem communicating with this machine (last checked: ${LAST_CHECKED})`;
    case 'Unknown':
      return 'This machine was recently added. Please perform a health check.';
  }
}

/** `version` null = never contacted, so the version is not known yet. */
export function tentacleVersionDetails(version: string | null | undefined) {
  if (version === null) {
    return { UpgradeLocked: false, Version: null, UpgradeSuggested: false, UpgradeRequired: false, UpgradeAvailable: false };
  }
  const outdated = version !== undefined && version !== CURRENT_TENTACLE_VERSION;
  return {
    UpgradeLocked: false,
    Version: version ?? CURRENT_TENTACLE_VERSION,
    UpgradeSuggested: outdated,
    // Every seeded Tentacle speaks a protocol the server still supports, so none is forced to upgrade.
    UpgradeRequired: false,
    UpgradeAvailable: outdated,
  };
}

/** Real servers show both forms: older hosts an MD5 `aa:bb:…` list, newer ones `SHA256:<base64>` (unpadded). */
export function sshFingerprint(rng: Rng, n: number): string {
  if (n % 2 === 1) return rng.bytes(16).map((b) => HEX_LOWER[b]).join(':');
  return `SHA256:${btoa(String.fromCharCode(...rng.bytes(32))).replace(/=+$/, '')}`;
}
