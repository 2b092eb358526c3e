import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, RoleSchema, type Membership, type Role } from '../../../contracts/accounts';
import type { Person } from '../../../contracts/organisation';
import { useMembers, usePeople, useRemoveMember, useSetMember, useUsers } from '../../api/account-queries';
import { useSession } from '../../api/session';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { LoadError, Loading } from '../../ui/query-state';
import { ScrollableTable } from '../../ui/scrollable-table';
import { AdminSection } from './admin-section';

/** The organisation's members: each one's role and person, adding and removing members. */
export function MembersSection({ orgName, canListUsers }: { orgName: string; canListUsers: boolean }) {
  const { t } = useTranslation();
  const members = useMembers();
  const people = usePeople();
  const setMember = useSetMember();
  const remove = useRemoveMember();
  const [said, setSaid] = useState('');
  const [asked, setAsked] = useState<Membership | null>(null);
  const roleName = (role: Role) => t(`roles.${role}`);

  const save = (member: Membership, change: { role?: Role; personId?: string | null }) => {
    setSaid('');
    remove.reset();
    setMember.mutate(
      {
        userId: member.userId,
        body: {
          role: change.role ?? member.role,
          personId: change.personId === undefined ? member.personId : change.personId,
        },
      },
      {
        onSuccess: (saved) =>
          setSaid(
            change.role
              ? t('admin.members.saved', { name: saved.userName, role: roleName(saved.role) })
              : t('admin.members.personSaved', { name: saved.userName }),
          ),
      },
    );
  };
  const confirmRemove = () => {
    if (!asked) return;
    setMember.reset();
    remove.mutate(asked.userId, {
      onSuccess: () => {
        setSaid(t('admin.members.removed', { name: asked.userName }));
        setAsked(null);
      },
    });
  };
  const failure = setMember.error ?? remove.error;
  return (
    <AdminSection
      title={t('admin.members.heading')}
      intro={t('admin.members.intro', { org: orgName })}
      className="members"
    >
      <p role="status" className="admin-status">
        {said}
      </p>
      {failure ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t('admin.failed')}</Paragraph>
          <Paragraph data-size="sm">{failure.message}</Paragraph>
        </Alert>
      ) : null}
      {members.error ? (
        <LoadError error={members.error} onRetry={() => void members.refetch()} />
      ) : !members.data ? (
        <Loading />
      ) : members.data.length === 0 ? (
        <Paragraph className="not-set">{t('admin.members.empty')}</Paragraph>
      ) : (
        <ScrollableTable caption={t('admin.members.caption', { org: orgName })} className="members-table">
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('admin.members.columns.name')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.members.columns.role')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.members.columns.person')}</TableHeaderCell>
              <TableHeaderCell>
                <span className="ds-sr-only">{t('admin.columns.actions')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {members.data.map((member) => (
              <TableRow key={member.userId} data-user={member.userId}>
                <TableHeaderCell scope="row">
                  <span className="admin-user">
                    <span>{member.userName}</span>
                    {member.email ? <span className="subtle">{member.email}</span> : null}
                  </span>
                </TableHeaderCell>
                <TableCell>
                  <Select
                    data-size="sm"
                    aria-label={t('admin.members.roleLabel', { name: member.userName })}
                    value={member.role}
                    disabled={setMember.isPending}
                    onChange={(e) => save(member, { role: RoleSchema.parse(e.target.value) })}
                  >
                    {ROLES.map((role) => (
                      <Select.Option key={role} value={role}>
                        {roleName(role)}
                      </Select.Option>
                    ))}
                  </Select>
                </TableCell>
                <TableCell>
                  <PersonSelect
                    label={t('admin.members.personLabel', { name: member.userName })}
                    people={people.data}
                    value={member.personId}
                    disabled={setMember.isPending}
                    onChange={(personId) => save(member, { personId })}
                  />
                </TableCell>
                <TableCell>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    data-color="danger"
                    aria-label={t('admin.members.removeLabel', { name: member.userName })}
                    onClick={() => setAsked(member)}
                  >
                    {t('admin.members.remove')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollableTable>
      )}
      <AddMember
        members={members.data ?? []}
        people={people.data}
        canListUsers={canListUsers}
        onAdded={setSaid}
      />
      <ConfirmDialog
        open={asked !== null}
        heading={t('admin.members.removeHeading', { name: asked?.userName ?? '', org: orgName })}
        text={t('admin.members.removeText')}
        confirm={t('admin.members.removeConfirm')}
        pending={remove.isPending}
        onConfirm={confirmRemove}
        onCancel={() => setAsked(null)}
      />
    </AdminSection>
  );
}

/** The person in the organisation an account is, or none; empty ('') means none. */
function PersonSelect({
  label,
  people,
  value,
  disabled,
  onChange,
  id,
  size = 'sm',
}: {
  label?: string;
  people: Person[] | undefined;
  value: string | null;
  disabled?: boolean;
  onChange: (personId: string | null) => void;
  id?: string;
  /** Small in the members table; as large as the fields beside it in the form. */
  size?: 'sm' | 'md';
}) {
  const { t } = useTranslation();
  const sorted = [...(people ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Select
      id={id}
      data-size={size}
      aria-label={label}
      value={value ?? ''}
      disabled={disabled || !people}
      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
    >
      <Select.Option value="">{t('admin.members.noPerson')}</Select.Option>
      {value && !sorted.some((person) => person.id === value) ? (
        <Select.Option value={value}>{value.slice(0, 8)}</Select.Option>
      ) : null}
      {sorted.map((person) => (
        <Select.Option key={person.id} value={person.id}>
          {person.name}
        </Select.Option>
      ))}
    </Select>
  );
}

/**
 * Adds a user as a member. An installation administrator picks among the users; an organisation's
 * administrator, who may not list the installation's users, gives the user's id.
 */
function AddMember({
  members,
  people,
  canListUsers,
  onAdded,
}: {
  members: Membership[];
  people: Person[] | undefined;
  canListUsers: boolean;
  onAdded: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { user: me } = useSession();
  const users = useUsers(canListUsers);
  const setMember = useSetMember();
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<Role>('contributor');
  const [personId, setPersonId] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const candidates = (users.data ?? [])
    .filter((user) => !members.some((member) => member.userId === user.id))
    .sort((a, b) => a.name.localeCompare(b.name));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = userId.trim();
    if (!chosen) return setError(t('admin.members.userRequired'));
    setError(undefined);
    setMember.mutate(
      { userId: chosen, body: { role, personId } },
      {
        onSuccess: (saved) => {
          onAdded(t('admin.members.added', { name: saved.userName, role: t(`roles.${saved.role}`) }));
          setUserId('');
          setPersonId(null);
        },
      },
    );
  };
  return (
    <form className="add-member" aria-labelledby={`${id}-heading`} onSubmit={submit} noValidate>
      <Heading level={3} data-size="xs" id={`${id}-heading`}>
        {t('admin.members.addHeading')}
      </Heading>
      <div className="add-member__fields">
        {canListUsers ? (
          <Field>
            <Label htmlFor={`${id}-user`}>{t('admin.members.user')}</Label>
            <Select
              id={`${id}-user`}
              value={userId}
              onChange={(e) => setUserId(e.target.value)}
              aria-invalid={error ? true : undefined}
            >
              <Select.Option value="">{t('admin.members.chooseUser')}</Select.Option>
              {candidates.map((user) => (
                <Select.Option key={user.id} value={user.id}>
                  {user.email ? `${user.name} (${user.email})` : user.name}
                  {user.id === me.id ? ` ${t('admin.users.you')}` : ''}
                </Select.Option>
              ))}
            </Select>
            {error ? <ValidationMessage>{error}</ValidationMessage> : null}
          </Field>
        ) : (
          <Textfield
            label={t('admin.members.userId')}
            description={t('admin.members.userIdDescription')}
            value={userId}
            onChange={(e) => setUserId(e.target.value)}
            error={error}
          />
        )}
        <Field>
          <Label htmlFor={`${id}-role`}>{t('admin.members.columns.role')}</Label>
          <Select id={`${id}-role`} value={role} onChange={(e) => setRole(RoleSchema.parse(e.target.value))}>
            {ROLES.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`roles.${value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={`${id}-person`}>{t('admin.members.columns.person')}</Label>
          <PersonSelect
            id={`${id}-person`}
            people={people}
            value={personId}
            onChange={setPersonId}
            size="md"
          />
        </Field>
      </div>
      {setMember.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t('admin.failed')}</Paragraph>
          <Paragraph data-size="sm">{setMember.error.message}</Paragraph>
        </Alert>
      ) : null}
      <div>
        <Button type="submit" variant="secondary" loading={setMember.isPending}>
          {t('admin.members.add')}
        </Button>
      </div>
    </form>
  );
}
