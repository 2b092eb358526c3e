import type { Action } from '../../contracts/accounts';
import type { Principal } from '../../domain/access/ownership';
import type { Db } from '../../store/database';
import { authorise } from './access';
import type { ServiceContext } from './context';

/**
 * A CRUD `authorise` hook for entities owned through one field (a roadmap element's product, an epic's
 * team): an 'own' grant allows the write when the stored value and the value written are both the
 * user's own.
 */
export function ownedThrough<Field extends string>(
  action: Action,
  field: Field,
  isOwn: (principal: Principal, value: string | null) => boolean,
) {
  return (
    tx: Db,
    ctx: ServiceContext,
    before: { [K in Field]: string | null } | null,
    input: { [K in Field]?: string | null | undefined } | null,
  ): Promise<void> =>
    authorise(tx, ctx, action, (principal) => {
      const storedIsOwn = before === null || isOwn(principal, before[field]);
      const written = input?.[field];
      const writtenIsOwn = written === undefined ? before !== null : isOwn(principal, written);
      return storedIsOwn && writtenIsOwn;
    });
}
