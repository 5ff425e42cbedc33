// /api/{spaceId}/accounts: read-only; the SSH worker form picks its account here. `accountType` narrows
// (e.g. SshKeyPair, UsernamePassword). Not guarded (AccountView is not part of R4; see machine-policies.ts).
import { http } from 'msw';
import type { Account } from '../../src/api/schemas';
import { namedFilter, sortByName } from '../filters';
import { getOr404, json, spaceRoute, type Ctx } from '../http';
import { listTemplate, presentSimple } from '../links';
import { paged } from '../paging';
import { wireAccount } from '../wire/resources';

const base = '*/api/:spaceId/accounts';
const present = presentSimple<Account>('accounts', wireAccount);

function matching(ctx: Ctx): Account[] {
  const types = new Set(ctx.query.list('accountType').map((t) => t.toLowerCase()));
  const named = namedFilter<Account>(ctx.query);
  return sortByName(ctx.db.accounts.filter((a) => named(a) && (!types.size || types.has(a.AccountType.toLowerCase()))));
}

export const accountHandlers = [
  http.get(`${base}/all`, spaceRoute((ctx) => json(matching(ctx).map(present)))),

  http.get(base, spaceRoute((ctx) => json(paged(ctx, matching(ctx), {
    itemType: 'Account', defaultTake: 30, template: listTemplate(ctx.spaceId, 'Accounts'), present,
  })))),

  http.get(`${base}/:id`, spaceRoute((ctx) => json(present(getOr404(ctx.store.get('accounts', ctx.params.id ?? ''), ctx.params.id ?? ''))))),
];
