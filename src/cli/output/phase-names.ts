import { ApiError, type RodtradClient } from '../../client';
import type { LocalisedText, WorkflowResponse } from '../../contracts/workflow';
import { UsageError } from '../exit-codes';

/** The default workflow's names, for a server that does not answer the workflow route. */
const DEFAULT_NAMES: Record<string, string> = {
  'ikke-startet': 'Ikke startet',
  problem: 'Problem',
  konsept: 'Konsept',
  planlegging: 'Planlegging',
  implementering: 'Implementering',
  utfort: 'Utført',
};

/** Phases in order with their bokmål names, from the organisation's workflow when it has one. */
export class PhaseNames {
  constructor(
    readonly order: string[],
    private readonly names: Record<string, string>,
  ) {}

  static fromWorkflow(response: WorkflowResponse): PhaseNames {
    const phases = response.workflow.phases;
    return new PhaseNames(
      phases.map((p) => p.id),
      Object.fromEntries(phases.map((p) => [p.id, p.name.nb])),
    );
  }

  static defaults(): PhaseNames {
    return new PhaseNames(Object.keys(DEFAULT_NAMES), DEFAULT_NAMES);
  }

  /** Only a missing workflow route (an older server) falls back to the default names. */
  static async load(client: RodtradClient): Promise<PhaseNames> {
    try {
      return PhaseNames.fromWorkflow(await client.workflow());
    } catch (err) {
      if (err instanceof ApiError && err.code === 'not-found') return PhaseNames.defaults();
      throw err;
    }
  }

  name(phaseId: string): string {
    return this.names[phaseId] ?? phaseId;
  }

  /** A phase given by id or by name, in any case ("konsept", "Konsept", "utført"). */
  resolve(input: string): string | undefined {
    const wanted = input.trim().toLowerCase();
    return this.order.find((id) => id === wanted || this.name(id).toLowerCase() === wanted);
  }

  /** Like resolve, but an unknown phase is bad usage. */
  idOf(input: string): string {
    const id = this.resolve(input);
    if (!id) throw new UsageError(`no phase "${input}"; phases are ${this.order.join(', ')}`);
    return id;
  }

  indexOf(phaseId: string): number {
    return this.order.indexOf(phaseId);
  }
}

export const bokmal = (text: LocalisedText): string => text.nb;
