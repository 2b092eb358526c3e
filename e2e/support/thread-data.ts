import type { InitiativeSummary } from '../../src/contracts/initiatives';
import type { Trace, TraceNode } from '../../src/contracts/thread';
import type { TestServer } from './test-server';

export interface TracedInitiative {
  initiative: InitiativeSummary;
  trace: Trace;
}

/** Every node below the given ones, depth first. */
export function descendants(nodes: TraceNode[]): TraceNode[] {
  return nodes.flatMap((node) => [node, ...descendants(node.children)]);
}

/**
 * The demo initiatives in implementation whose red thread reaches down to the roadmap, found through
 * the API (the demo's names may change), the one with the most below it first.
 */
export async function tracedInitiatives(server: TestServer): Promise<TracedInitiative[]> {
  const all = await server.api.initiatives.listAll({ phase: 'implementering' });
  const traced = await Promise.all(
    all.map(async (initiative) => ({ initiative, trace: await server.api.thread.trace(initiative.key) })),
  );
  return traced
    .filter(({ trace }) => trace.down.length > 0)
    .sort((a, b) => descendants(b.trace.down).length - descendants(a.trace.down).length);
}
