import {
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type {
  FundingLine,
  InitiativeDetail,
  Milestone,
  Okr,
  ResourceLine,
} from '../../../contracts/initiatives';
import { useFormat } from '../../i18n/format';
import { useHiddenFields } from '../../api/session';
import { FieldList } from '../../ui/field-list';
import { InternalNote } from '../../ui/internal-note';
import { markdownValue } from '../../ui/markdown';
import { ScrollableTable } from '../../ui/scrollable-table';
import { PageSection } from './initiative-overview';

/** Goals, milestones, people and money. */
export function InitiativePlans({ initiative }: { initiative: InitiativeDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hidden = useHiddenFields(initiative.withheld);
  return (
    <>
      <PageSection title={t('fields.okrs')}>
        <Okrs okrs={initiative.okrs} />
      </PageSection>
      <PageSection title={t('fields.milestones')}>
        <Milestones milestones={initiative.milestones} />
      </PageSection>
      <PageSection title={t('initiative.resourcesHeading')}>
        <FieldList
          items={[
            { label: t('fields.competence'), value: markdownValue(initiative.competence), long: true },
            {
              label: t('fields.personMonthsTotal'),
              value:
                initiative.personMonthsTotal === null
                  ? null
                  : t('initiative.personMonths', { value: format.number(initiative.personMonthsTotal) }),
            },
          ]}
        />
        <Resources lines={initiative.resources} />
        {hidden.has('money') && initiative.funding.length === 0 ? (
          <FieldList items={[{ label: t('fields.funding'), value: <InternalNote /> }]} />
        ) : (
          <Funding lines={initiative.funding} />
        )}
      </PageSection>
    </>
  );
}

function Empty() {
  const { t } = useTranslation();
  return <Paragraph className="not-set">{t('initiative.emptyList')}</Paragraph>;
}

function Okrs({ okrs }: { okrs: Okr[] }) {
  const { t } = useTranslation();
  if (okrs.length === 0) return <Empty />;
  return (
    <div className="okrs">
      {okrs.map((okr, index) => (
        <div key={index} className="okr">
          <Heading level={3} data-size="2xs">
            {okr.objective}
          </Heading>
          {okr.keyResults.length > 0 ? (
            <ul className="checklist" aria-label={t('initiative.okr.keyResults')}>
              {okr.keyResults.map((kr, krIndex) => (
                <li key={krIndex} data-met={kr.done}>
                  <span className="checklist__mark" aria-hidden="true">
                    {kr.done ? '✓' : '○'}
                  </span>
                  <span>
                    {kr.title}
                    {[
                      kr.target && t('initiative.okr.target', { value: kr.target }),
                      kr.current && t('initiative.okr.current', { value: kr.current }),
                    ]
                      .filter(Boolean)
                      .map((text) => ` (${text})`)
                      .join('')}
                    <span className="ds-sr-only">
                      {' – '}
                      {kr.done ? t('initiative.okr.done') : t('initiative.okr.notDone')}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}
    </div>
  );
}

function Milestones({ milestones }: { milestones: Milestone[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (milestones.length === 0) return <Empty />;
  return (
    <ol className="checklist">
      {milestones.map((milestone, index) => (
        <li key={index} data-met={milestone.done}>
          <span className="checklist__mark" aria-hidden="true">
            {milestone.done ? '✓' : '○'}
          </span>
          <span>
            {milestone.title}
            {milestone.due ? (
              <span className="subtle">
                {' '}
                – {t('initiative.milestone.due', { date: format.date(milestone.due) })}
              </span>
            ) : null}
            <span className="ds-sr-only">
              {' – '}
              {milestone.done ? t('initiative.milestone.done') : t('initiative.milestone.notDone')}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}

function Resources({ lines }: { lines: ResourceLine[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (lines.length === 0) return null;
  return (
    <ScrollableTable caption={t('initiative.resources.caption')} className="numbers-table">
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t('initiative.resources.year')}</TableHeaderCell>
          <TableHeaderCell className="number">{t('initiative.resources.internal')}</TableHeaderCell>
          <TableHeaderCell className="number">{t('initiative.resources.external')}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line) => (
          <TableRow key={line.year}>
            <TableHeaderCell scope="row">{line.year}</TableHeaderCell>
            <TableCell className="number">{format.number(line.internalPersonMonths)}</TableCell>
            <TableCell className="number">{format.number(line.externalPersonMonths)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollableTable>
  );
}

function Funding({ lines }: { lines: FundingLine[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (lines.length === 0) return null;
  return (
    <ScrollableTable caption={t('initiative.funding.caption')} className="numbers-table">
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t('initiative.funding.year')}</TableHeaderCell>
          <TableHeaderCell>{t('initiative.funding.budgetItem')}</TableHeaderCell>
          <TableHeaderCell>{t('initiative.funding.source')}</TableHeaderCell>
          <TableHeaderCell className="number">{t('initiative.funding.need')}</TableHeaderCell>
          <TableHeaderCell className="number">{t('initiative.funding.granted')}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line, index) => (
          <TableRow key={index}>
            <TableHeaderCell scope="row">{line.year}</TableHeaderCell>
            <TableCell>{line.budgetItem}</TableCell>
            <TableCell>{t(`values.fundingSource.${line.source}`)}</TableCell>
            <TableCell className="number">{format.nok(line.needNok)}</TableCell>
            <TableCell className="number">
              {line.grantedNok === null || line.grantedNok === undefined ? '–' : format.nok(line.grantedNok)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollableTable>
  );
}
