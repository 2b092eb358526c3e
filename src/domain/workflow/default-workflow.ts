import type { Criterion, LocalisedText, Workflow } from '../../contracts/workflow';

const t = (nb: string, nn: string, en: string): LocalisedText => ({ nb, nn, en });
const tick = (id: string, label: LocalisedText): Criterion => ({ id, kind: 'checklist', label });
const field = (
  id: string,
  f: Extract<Criterion, { kind: 'field' }>['field'],
  label: LocalisedText,
): Criterion => ({
  id,
  kind: 'field',
  field: f,
  label,
});

/**
 * The portfolio process of PROCESS.md: six phases, each with the criteria to leave it. Criteria that
 * a field can prove are `field`; the rest are ticked off by the portfolio office (`checklist`).
 */
export const DEFAULT_WORKFLOW: Workflow = {
  phases: [
    {
      id: 'ikke-startet',
      name: t('Ikke startet', 'Ikkje starta', 'Not started'),
      exitCriteria: [
        field(
          'need-described',
          'description',
          t(
            'Behovet er beskrevet på et overordnet nivå',
            'Behovet er skildra på eit overordna nivå',
            'The need is described at a high level',
          ),
        ),
        tick('judged-important', t('Vurdert som viktig', 'Vurdert som viktig', 'Judged important')),
        tick(
          'balanced-portfolio',
          t(
            'Bidrar til en balansert portefølje (strategiske mål, jevn arbeidsmengde)',
            'Bidreg til ein balansert portefølje (strategiske mål, jamn arbeidsmengd)',
            'Contributes to a balanced portfolio (strategic goals, even workload)',
          ),
        ),
        tick(
          'no-obvious-obstacles',
          t('Ingen åpenbare hindringer', 'Ingen openberre hinder', 'No obvious obstacles'),
        ),
        field(
          'assigned-problem',
          'owner',
          t(
            'Tildelt den som skal detaljere saken',
            'Tildelt den som skal detaljere saka',
            'Assigned to the person who will detail it',
          ),
        ),
        tick(
          'problem-scope',
          t(
            'Omfanget av problemfasen er avklart',
            'Omfanget av problemfasen er avklart',
            'Scope of the Problem phase is stated',
          ),
        ),
      ],
    },
    {
      id: 'problem',
      name: t('Problem', 'Problem', 'Problem'),
      exitCriteria: [
        field(
          'problem-described',
          'problemStatement',
          t(
            'Problembeskrivelsen er etablert',
            'Problemskildringa er etablert',
            'The problem description is established',
          ),
        ),
        field(
          'tied-to-goals',
          'strategicItems',
          t('Knyttet til strategiske mål', 'Knytt til strategiske mål', 'Tied to the strategic goals'),
        ),
        field(
          'moscow-priority',
          'priority',
          t('Prioritert etter MoSCoW', 'Prioritert etter MoSCoW', 'MoSCoW priority given'),
        ),
        field('assigned-concept', 'owner', t('Tildelt', 'Tildelt', 'Assigned')),
        tick(
          'concept-scope',
          t(
            'Omfanget av konseptfasen er avklart',
            'Omfanget av konseptfasen er avklart',
            'Scope of the Concept phase is stated',
          ),
        ),
      ],
    },
    {
      id: 'konsept',
      name: t('Konsept', 'Konsept', 'Concept'),
      exitCriteria: [
        tick('concepts-made', t('Konsept(er) er utarbeidet', 'Konsept(er) er utarbeidd', 'Concept(s) made')),
        field('okr-identified', 'okrs', t('OKR er identifisert', 'OKR er identifisert', 'OKR identified')),
        field(
          'risk-assessed',
          'riskAssessment',
          t('Risiko er vurdert', 'Risiko er vurdert', 'Risk worked out'),
        ),
        tick(
          'architecture-security-legal',
          t(
            'Arkitektur, sikkerhet og juss er vurdert overordnet',
            'Arkitektur, tryggleik og juss er vurdert overordna',
            'Architecture, security and legal assessed at high level',
          ),
        ),
        tick(
          'reuse-assessed',
          t(
            'Gjenbruk kontra nyutvikling er vurdert',
            'Gjenbruk kontra nyutvikling er vurdert',
            'Reuse vs new build assessed',
          ),
        ),
        field(
          'owner-named',
          'responsible',
          t(
            'Eier, interessenter og målgruppe er navngitt',
            'Eigar, interessentar og målgruppe er namngjevne',
            'Owner, stakeholders and target group named',
          ),
        ),
        tick(
          'planning-scope',
          t(
            'Omfanget av planleggingsfasen er avklart',
            'Omfanget av planleggingsfasen er avklart',
            'Scope of Planning is stated',
          ),
        ),
      ],
    },
    {
      id: 'planlegging',
      name: t('Planlegging', 'Planlegging', 'Planning'),
      exitCriteria: [
        field(
          'milestones-defined',
          'milestones',
          t('Milepæler er definert', 'Milepælar er definerte', 'Milestones defined'),
        ),
        field(
          'resources-allocated',
          'allocation',
          t(
            'Interne ressurser er allokert',
            'Interne ressursar er allokerte',
            'Internal resources allocated',
          ),
        ),
        field(
          'budget-split',
          'funding',
          t(
            'Gjennomføringsbudsjettet er fordelt på budsjettposter',
            'Gjennomføringsbudsjettet er fordelt på budsjettpostar',
            'Implementation budget split over budget items',
          ),
        ),
        tick(
          'management-operations',
          t(
            'Forvaltnings- og driftsorganisering er beskrevet',
            'Forvaltnings- og driftsorganisering er skildra',
            'Management and operations organisation described',
          ),
        ),
      ],
    },
    {
      id: 'implementering',
      name: t('Implementering', 'Implementering', 'Implementation'),
      exitCriteria: [
        tick('okr-met', t('OKR er nådd', 'OKR er nådd', 'OKR met')),
        tick('finances-closed', t('Økonomien er avsluttet', 'Økonomien er avslutta', 'Finances closed')),
        tick(
          'handed-over',
          t(
            'Overlevert til forvaltning og drift',
            'Overlevert til forvaltning og drift',
            'Handed over to operations',
          ),
        ),
        tick(
          'retrospective-held',
          t('Retrospektiv er gjennomført', 'Retrospektiv er gjennomført', 'Retrospective held'),
        ),
        tick(
          'documented-archived',
          t('Dokumentert og arkivert', 'Dokumentert og arkivert', 'Documented and archived'),
        ),
        field(
          'measurement-plan',
          'measurementPlan',
          t(
            'Plan for kontinuerlig måling og innsikt',
            'Plan for kontinuerleg måling og innsikt',
            'Plan for continuous measurement and insight',
          ),
        ),
      ],
    },
    {
      id: 'utfort',
      name: t('Utført', 'Utført', 'Done'),
      exitCriteria: [],
    },
  ],
};
