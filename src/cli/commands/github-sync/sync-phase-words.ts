import type { SyncPhase } from '../../../contracts/github-sync';

/** How the CLI words the phase codes a run reports (a new code fails the type check here). */
export const SYNC_PHASE_WORDS: Record<SyncPhase, string> = {
  starting: 'starting',
  reading: 'reading GitHub',
  portfolio: 'portfolio',
  backlog: "teams' backlogs",
  roadmap: 'roadmap',
  vanished: 'checking issues missing from GitHub',
  'write-back': 'writing to the roadmap board',
  webhooks: 'webhook deliveries',
  done: 'finishing',
};
