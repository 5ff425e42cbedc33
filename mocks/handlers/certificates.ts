// /api/configuration/certificates (swagger 2021.2 `CertificateConfiguration`): the certificate the server
// presents to Tentacles. `Tentacle register-worker` reads `certificate-global` to learn which thumbprint to
// trust, and `deregister-worker` reads it to say how to remove that trust. The fake has no real certificate,
// so its thumbprint is a fixed value: the same on every run and in every scenario.
import { http } from 'msw';
import { json, notFound, route } from '../http';
import { paged } from '../paging';

export const SERVER_THUMBPRINT = '8E4C2F1D9A0B7C6E5F4A3B2C1D0E9F8A7B6C5D4E';

const base = '/api/configuration/certificates';

// Name and algorithm UNVERIFIED: taken to be those of the self-signed certificate Octopus generates.
function globalCertificate() {
  const self = `${base}/certificate-global`;
  return {
    Id: 'certificate-global',
    Name: 'Octopus Portal',
    Thumbprint: SERVER_THUMBPRINT,
    SignatureAlgorithm: 'sha256RSA',
    LastModifiedOn: null,
    LastModifiedBy: null,
    Links: { Self: self, PublicCer: `${self}/public-cer` },
  };
}

export const certificateHandlers = [
  http.get(`*${base}`, route((ctx) => json(paged(ctx, [globalCertificate()], {
    itemType: 'CertificateConfiguration', defaultTake: 30, template: `${base}{/id}{?skip,take}`,
  })))),

  http.get(`*${base}/:id`, route((ctx) => {
    const id = ctx.params.id ?? '';
    if (id.toLowerCase() !== 'certificate-global') throw notFound(id);
    return json(globalCertificate());
  })),
];
