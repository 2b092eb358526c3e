export type FaultKind = 'bad-gateway' | 'secondary-rate-limit' | 'timeout' | 'server-error';

export interface FaultSpec {
  method?: string;
  /**
   * Which requests: a string is compared with the path below the REST root (`/repos/o/r/issues`) or
   * with the route template (`/repos/{owner}/{repo}/issues`); GraphQL requests have the path `/graphql`.
   * A RegExp is tested against the path.
   */
  path?: string | RegExp;
  kind: FaultKind;
  /** How many matching requests get the fault before the fake answers normally again. */
  times: number;
  /** For `secondary-rate-limit`: the `retry-after` header; 1 s by default to keep tests quick. */
  retryAfterSeconds?: number;
}

export interface ServedFault {
  kind: FaultKind;
  method: string;
  path: string;
}

/** Faults that tests ask for, served to the next matching requests. */
export class FaultInjector {
  private readonly pending: Array<FaultSpec & { left: number }> = [];
  readonly served: ServedFault[] = [];

  add(spec: FaultSpec): void {
    if (!Number.isInteger(spec.times) || spec.times < 1)
      throw new Error('fake GitHub: a fault needs times ≥ 1');
    this.pending.push({ ...spec, left: spec.times });
  }

  clear(): void {
    this.pending.length = 0;
  }

  /** The fault for this request, if one is due; counts it as served. */
  take(method: string, path: string, template: string | null): FaultSpec | null {
    const fault = this.pending.find((candidate) => matches(candidate, method, path, template));
    if (!fault) return null;
    fault.left -= 1;
    if (fault.left === 0) this.pending.splice(this.pending.indexOf(fault), 1);
    this.served.push({ kind: fault.kind, method, path });
    return fault;
  }
}

function matches(fault: FaultSpec, method: string, path: string, template: string | null): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) return false;
  if (fault.path === undefined) return true;
  if (typeof fault.path === 'string') return fault.path === path || fault.path === template;
  return fault.path.test(path);
}
