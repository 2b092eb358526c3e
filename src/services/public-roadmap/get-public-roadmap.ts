import type { Health } from '../../contracts/rollup';
import type {
  PublicInitiative,
  PublicRoadmap,
  PublicRoadmapElement,
  PublicRoadmapSettings,
} from '../../contracts/public-roadmap';
import type { ElementStatus } from '../../contracts/roadmap';
import type { LocalisedText } from '../../contracts/workflow';
import type { Database } from '../../store/database';
import { findOrganisationBySlug } from '../../store/repositories/organisations-repository';
import {
  selectPublicElements,
  selectPublicInitiatives,
  type PublicElementRow,
  type PublicInitiativeRow,
} from '../../store/repositories/public-roadmap-repository';
import { notFound } from '../shared/app-error';
import { loadWorkflow } from '../workflow/get-workflow';

/** Only the fields the organisation marked public leave the server; the rest are never read out. */
function pick<T extends object>(from: T, fields: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(from).filter(([k]) => fields.includes(k))) as Partial<T>;
}

const toInitiative = (
  r: PublicInitiativeRow,
  settings: PublicRoadmapSettings,
  phaseNames: Map<string, LocalisedText>,
): PublicInitiative => ({
  id: r.id,
  key: r.key,
  title: r.title,
  ...(settings.initiativeFields.includes('phase') ? { phaseName: phaseNames.get(r.phase) } : {}),
  ...pick(
    {
      phase: r.phase,
      status: r.status,
      problemStatement: r.problemStatement,
      description: r.description,
      progress: r.progress,
      health: r.health as Health | null,
    },
    settings.initiativeFields,
  ),
});

const toElement = (r: PublicElementRow, settings: PublicRoadmapSettings): PublicRoadmapElement => ({
  id: r.id,
  title: r.title,
  productName: r.productName,
  initiativeIds: r.initiativeIds,
  ...pick(
    {
      status: r.status as ElementStatus,
      startOn: r.startOn,
      endOn: r.endOn,
      progress: r.progress,
      milestone: r.milestone,
      overview: r.overview,
      expectedResult: r.expectedResult,
    },
    settings.elementFields,
  ),
});

/**
 * The organisation's public roadmap: initiatives the portfolio has taken up and the roadmap elements
 * serving them, with only the public fields. An organisation that has not switched it on has none
 * (not-found, as for an unknown organisation: nobody learns which organisations exist).
 */
export async function getPublicRoadmap(database: Database, slug: string): Promise<PublicRoadmap> {
  const org = await findOrganisationBySlug(database.db, slug);
  if (!org?.publicRoadmap.enabled) throw notFound('public roadmap of', slug);
  const { workflow } = await loadWorkflow(database.db, org.id);
  const phaseNames = new Map(workflow.phases.map((p) => [p.id, p.name]));
  const initiatives = await selectPublicInitiatives(database.db, org.id, workflow.phases[0]?.id ?? '');
  const elements = await selectPublicElements(
    database.db,
    org.id,
    initiatives.map((i) => i.id),
  );
  return {
    organisation: { slug: org.slug, name: org.name },
    initiatives: initiatives.map((i) => toInitiative(i, org.publicRoadmap, phaseNames)),
    elements: elements.map((e) => toElement(e, org.publicRoadmap)),
  };
}
