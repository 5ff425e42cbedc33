// Octopus links are RFC 6570 templates (`/api/Spaces-1/workers{/id}{?skip,take,name}`): a client fills in
// the parameters the template names and silently drops the rest. That is why Tentacle's `FindByName` sends
// `?name=` to /workers but lists /machinepolicies whole: the policies template has no `name`.
export type TemplateValue = string | number | boolean | readonly string[] | null | undefined;
export type TemplateParams = Record<string, TemplateValue>;

const encode = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A list joins with commas (non-exploded, as Octopus.Client sends `ids=a,b`); empty lists and nulls drop out. */
function render(value: TemplateValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.length ? value.map((v) => encode(String(v))).join(',') : undefined;
  return encode(String(value));
}

/** Parameter names are matched case-insensitively: the server's templates are not consistent in casing. */
function lookup(params: TemplateParams, name: string): string | undefined {
  const key = Object.keys(params).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : render(params[key]);
}

/** Expands `{var}`, `{/var}`, `{?a,b}` and `{&a,b}`, the operators Octopus's links use. */
export function expandTemplate(template: string, params: TemplateParams = {}): string {
  return template.replace(/\{([/?&]?)([^}]*)\}/g, (_, operator: string, names: string) => {
    const values = names.split(',').map((n) => [n.trim(), lookup(params, n.trim())] as const).filter(([, v]) => v !== undefined);
    if (!values.length) return '';
    if (operator === '/') return values.map(([, v]) => `/${v}`).join('');
    if (operator === '?' || operator === '&') return operator + values.map(([n, v]) => `${n}=${v}`).join('&');
    return values.map(([, v]) => v).join(',');
  });
}

/**
 * Where a link points, as Octopus.Client resolves it: `~/api` is relative to the address the user gave
 * (which may carry a virtual directory, with or without a trailing `/api`); every other link is
 * server-relative, because the server writes its own virtual directory into the links it returns.
 */
export function linkResolver(server: string): (link: string) => string {
  const url = new URL(server);
  const path = url.pathname.replace(/\/+$/, '');
  const base = url.origin + path.replace(/\/api$/i, '');
  return (link) => (link.startsWith('~/') ? `${base}/${link.slice(2)}` : `${url.origin}${link.startsWith('/') ? '' : '/'}${link}`);
}
