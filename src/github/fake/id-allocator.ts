/**
 * Numeric ids and GraphQL node ids. Node ids are opaque to clients, as on GitHub; the prefix says
 * the kind (`I_` issue, `R_` repository, `PVTI_` project item …) like GitHub's, so a log reads alike.
 */
export class IdAllocator {
  private next = 1000;

  id(): number {
    this.next += 1;
    return this.next;
  }

  nodeId(prefix: string, id: number): string {
    return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
  }
}
