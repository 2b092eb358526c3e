import {
  Alert,
  Button,
  Checkbox,
  Field,
  FieldDescription,
  Fieldset,
  Label,
  Link,
  Paragraph,
  Select,
  Switch,
} from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DefaultRoleSchema,
  INTERNAL_FIELD_GROUPS,
  ROLES,
  type DefaultRole,
  type InternalFieldGroup,
} from '../../../contracts/accounts';
import type { Organisation } from '../../../contracts/organisation';
import {
  PUBLIC_ELEMENT_FIELDS,
  PUBLIC_INITIATIVE_FIELDS,
  type PublicRoadmapSettings,
} from '../../../contracts/public-roadmap';
import { useOrganisation, useUpdateOrganisation } from '../../api/account-queries';
import { LoadError, Loading } from '../../ui/query-state';
import { AdminSection } from './admin-section';

const DEFAULT_ROLES: DefaultRole[] = ['none', ...ROLES];

/** The organisation's access settings: default role, internal fields, the public roadmap. */
export function SettingsSection() {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  return (
    <AdminSection title={t('admin.settings.heading')} className="org-settings">
      {organisation.error ? (
        <LoadError error={organisation.error} onRetry={() => void organisation.refetch()} />
      ) : !organisation.data ? (
        <Loading />
      ) : (
        <SettingsForm organisation={organisation.data} />
      )}
    </AdminSection>
  );
}

/** `list` with `value` in or out, in the order of `all`. */
function toggled<T extends string>(all: readonly T[], list: readonly T[], value: T, on: boolean): T[] {
  return all.filter((item) => (item === value ? on : list.includes(item)));
}

interface Draft {
  defaultRole: DefaultRole;
  internalFields: InternalFieldGroup[];
  publicRoadmap: PublicRoadmapSettings;
}

function SettingsForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdateOrganisation();
  const [draft, setDraft] = useState<Draft>(() => ({
    defaultRole: organisation.defaultRole,
    internalFields: [...organisation.internalFields],
    publicRoadmap: structuredClone(organisation.publicRoadmap),
  }));
  const [saved, setSaved] = useState(false);
  const change = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
  };
  const changePublic = (patch: Partial<PublicRoadmapSettings>) =>
    change({ publicRoadmap: { ...draft.publicRoadmap, ...patch } });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(draft, { onSuccess: () => setSaved(true) });
  };
  const publicPath = `/offentlig/${encodeURIComponent(organisation.slug)}`;
  return (
    <form className="settings-form" onSubmit={submit} aria-label={t('admin.settings.heading')}>
      <Field>
        <Label htmlFor={`${id}-default-role`}>{t('admin.settings.defaultRole')}</Label>
        <FieldDescription>{t('admin.settings.defaultRoleDescription')}</FieldDescription>
        <Select
          id={`${id}-default-role`}
          value={draft.defaultRole}
          onChange={(e) => change({ defaultRole: DefaultRoleSchema.parse(e.target.value) })}
        >
          {DEFAULT_ROLES.map((role) => (
            <Select.Option key={role} value={role}>
              {t(`roles.${role}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('admin.settings.internalFields')}</Fieldset.Legend>
        <Fieldset.Description>{t('admin.settings.internalFieldsDescription')}</Fieldset.Description>
        {INTERNAL_FIELD_GROUPS.map((group) => (
          <Checkbox
            key={group}
            value={group}
            label={t(`admin.settings.groups.${group}`)}
            checked={draft.internalFields.includes(group)}
            onChange={(e) =>
              change({
                internalFields: toggled(INTERNAL_FIELD_GROUPS, draft.internalFields, group, e.target.checked),
              })
            }
          />
        ))}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('admin.settings.publicRoadmap')}</Fieldset.Legend>
        <Fieldset.Description>{t('admin.settings.publicRoadmapDescription')}</Fieldset.Description>
        <Switch
          label={t('admin.settings.publicEnabled')}
          checked={draft.publicRoadmap.enabled}
          onChange={(e) => changePublic({ enabled: e.target.checked })}
        />
        {organisation.publicRoadmap.enabled ? (
          <Paragraph data-size="sm">
            <Link href={publicPath}>{t('admin.settings.publicLink')}</Link>
          </Paragraph>
        ) : null}
      </Fieldset>
      <div className="settings-form__columns">
        <Fieldset disabled={!draft.publicRoadmap.enabled}>
          <Fieldset.Legend>{t('admin.settings.initiativeFields')}</Fieldset.Legend>
          {PUBLIC_INITIATIVE_FIELDS.map((field) => (
            <Checkbox
              key={field}
              value={field}
              label={t(`publicRoadmap.initiativeFields.${field}`)}
              checked={draft.publicRoadmap.initiativeFields.includes(field)}
              onChange={(e) =>
                changePublic({
                  initiativeFields: toggled(
                    PUBLIC_INITIATIVE_FIELDS,
                    draft.publicRoadmap.initiativeFields,
                    field,
                    e.target.checked,
                  ),
                })
              }
            />
          ))}
        </Fieldset>
        <Fieldset disabled={!draft.publicRoadmap.enabled}>
          <Fieldset.Legend>{t('admin.settings.elementFields')}</Fieldset.Legend>
          {PUBLIC_ELEMENT_FIELDS.map((field) => (
            <Checkbox
              key={field}
              value={field}
              label={t(`publicRoadmap.elementFields.${field}`)}
              checked={draft.publicRoadmap.elementFields.includes(field)}
              onChange={(e) =>
                changePublic({
                  elementFields: toggled(
                    PUBLIC_ELEMENT_FIELDS,
                    draft.publicRoadmap.elementFields,
                    field,
                    e.target.checked,
                  ),
                })
              }
            />
          ))}
        </Fieldset>
      </div>
      {update.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t('admin.settings.failed')}</Paragraph>
          <Paragraph data-size="sm">{update.error.message}</Paragraph>
        </Alert>
      ) : null}
      <div className="settings-form__actions">
        <Button type="submit" loading={update.isPending}>
          {t('admin.settings.save')}
        </Button>
        <p role="status" className="admin-status">
          {saved ? t('admin.settings.saved') : ''}
        </p>
      </div>
    </form>
  );
}
