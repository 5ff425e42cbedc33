// The certificate the Octopus Server presents to Tentacles (Octopus.Client
// `CertificateConfiguration.GetOctopusCertificate()`): `certificate-global` under the root's
// `CertificateConfiguration` link (older servers call it `Certificates`).
import type { Repository } from './repository';

export interface CertificateConfiguration {
  Id: string;
  Thumbprint: string;
}

export async function serverCertificate(repo: Repository): Promise<CertificateConfiguration> {
  const name = (await repo.hasLink('CertificateConfiguration')) ? 'CertificateConfiguration' : 'Certificates';
  return repo.client.get<CertificateConfiguration>(await repo.link(name), { id: 'certificate-global' });
}

/** How the real Tentacle names itself in the commands it suggests. */
export const TENTACLE_EXECUTABLE = process.platform === 'win32' ? 'Tentacle.exe' : 'Tentacle';
