import { Dropdown, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useOrganisation } from '../api/account-queries';
import { useAppPaths, useClient, useOrg } from '../api/client-context';
import { useAccess, useAdminRights, useSession } from '../api/session';

/** Where signing out leaves the person: the sign-in page, saying they are signed out. */
export const SIGNED_OUT_PATH = '/logg-inn?utlogget=1';

/** The signed-in user and their role here; their API tokens, the administration, and signing out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useSession();
  const access = useAccess().data;
  const organisation = useOrganisation().data;
  const slug = useOrg();
  const rights = useAdminRights();
  const paths = useAppPaths();
  const client = useClient();
  const [open, setOpen] = useState(false);
  const signOut = useMutation({
    mutationFn: async (everywhere: boolean) => {
      if (everywhere) await client.accounts.signOutEverywhere();
      else await client.accounts.signOut();
    },
    onSuccess: () => window.location.assign(SIGNED_OUT_PATH),
  });
  const role = access ? t(`roles.${access.role}`) : null;
  const orgName = organisation?.name ?? slug;
  const close = () => setOpen(false);
  return (
    <Dropdown.TriggerContext>
      <Dropdown.Trigger
        variant="secondary"
        data-size="sm"
        data-color="neutral"
        className="user-menu__trigger"
      >
        <span className="user-menu__name">{user.name}</span>
        {role ? <span className="user-menu__role">{role}</span> : null}
      </Dropdown.Trigger>
      <Dropdown
        placement="bottom-end"
        open={open}
        onOpen={() => setOpen(true)}
        onClose={close}
        className="user-menu"
      >
        <Dropdown.Heading level={2} data-size="2xs">
          {user.name}
        </Dropdown.Heading>
        <Paragraph data-size="sm" className="user-menu__about">
          {role ? t('userMenu.roleIn', { role, org: orgName }) : null}
          {user.isAdmin ? (
            <span className="user-menu__installation">{t('userMenu.installationAdmin')}</span>
          ) : null}
        </Paragraph>
        <Dropdown.List>
          <Dropdown.Item>
            <Dropdown.Button asChild>
              <RouterLink to={paths.tokens()} onClick={close}>
                {t('userMenu.tokens')}
              </RouterLink>
            </Dropdown.Button>
          </Dropdown.Item>
          {rights.any ? (
            <Dropdown.Item>
              <Dropdown.Button asChild>
                <RouterLink to={paths.admin()} onClick={close}>
                  {t('userMenu.admin')}
                </RouterLink>
              </Dropdown.Button>
            </Dropdown.Item>
          ) : null}
          <Dropdown.Item>
            <Dropdown.Button onClick={() => signOut.mutate(false)} disabled={signOut.isPending}>
              {t('userMenu.signOut')}
            </Dropdown.Button>
          </Dropdown.Item>
          <Dropdown.Item>
            <Dropdown.Button onClick={() => signOut.mutate(true)} disabled={signOut.isPending}>
              {t('userMenu.signOutEverywhere')}
            </Dropdown.Button>
          </Dropdown.Item>
        </Dropdown.List>
        {signOut.error ? (
          <Paragraph data-size="sm" role="alert" className="user-menu__error">
            {t('userMenu.signOutFailed')}
          </Paragraph>
        ) : null}
      </Dropdown>
    </Dropdown.TriggerContext>
  );
}
