import { Button, Link, SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useParams } from 'react-router';
import { useAppPaths } from '../api/client-context';
import { useCan } from '../api/session';
import { GlobalSearch } from '../features/search/global-search';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

/** Header with product name, navigation, language and the user's menu; the page in <main>. */
export function AppShell() {
  const { t } = useTranslation();
  const paths = useAppPaths();
  const { org } = useParams();
  const canRunChecks = useCan('checks.run');
  const canPropose = useCan('initiative.propose');
  const links: { to: string; label: string; shown: boolean }[] = [
    { to: paths.portfolio(), label: t('nav.portfolio'), shown: true },
    { to: paths.propose(), label: t('nav.propose'), shown: canPropose },
    { to: paths.roadmap(), label: t('nav.roadmap'), shown: true },
    { to: paths.organisation(), label: t('nav.organisation'), shown: true },
    { to: paths.strategy(), label: t('nav.strategy'), shown: true },
    { to: paths.agenda(), label: t('nav.agenda'), shown: true },
    { to: paths.checks(), label: t('nav.checks'), shown: canRunChecks },
  ];
  return (
    <ShellFrame
      home={
        <NavLink to={paths.portfolio()} className="app-header__product">
          {t('app.productName')}
        </NavLink>
      }
      tagline={org ? t('app.organisation', { org }) : t('app.tagline')}
    >
      <div className="app-header__search">
        <GlobalSearch />
      </div>
      <PhoneMenu label={t('app.menu')}>
        <nav aria-label={t('app.mainNavigation')} className="app-header__nav">
          <ul>
            {links
              .filter((link) => link.shown)
              .map((link) => (
                <li key={link.to}>
                  <Link asChild>
                    <NavLink to={link.to}>{link.label}</NavLink>
                  </Link>
                </li>
              ))}
            <li>
              <Link href="/api/docs">{t('nav.apiDocs')}</Link>
            </li>
          </ul>
        </nav>
        <div className="app-header__tools">
          <LanguageSwitch />
          <UserMenu />
        </div>
      </PhoneMenu>
    </ShellFrame>
  );
}

/** The pages anyone may open (sign-in, the public roadmap): the product name and the language only. */
export function PublicShell() {
  const { t } = useTranslation();
  return (
    <ShellFrame
      home={<span className="app-header__product">{t('app.productName')}</span>}
      tagline={t('app.tagline')}
    >
      <LanguageSwitch />
    </ShellFrame>
  );
}

function ShellFrame({ home, tagline, children }: { home: ReactNode; tagline: string; children: ReactNode }) {
  const { t } = useTranslation();
  const main = useMainFocusOnNavigation();
  return (
    <>
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-header__brand">
            {home}
            <span className="app-header__tagline">{tagline}</span>
          </div>
          {children}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}

/**
 * On a phone the menu, the language and the user's menu fold behind one button (CSS shows the button
 * only on narrow screens); it folds again when a link is followed. Its own component, so following the
 * location redraws only the button: the menu's contents are the same elements and are left alone.
 */
function PhoneMenu({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  return (
    <>
      <Button
        variant="secondary"
        data-color="neutral"
        data-size="sm"
        className="app-header__menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((was) => !was)}
      >
        {label}
      </Button>
      <div id={id} className="app-header__menu" data-open={open || undefined}>
        {children}
      </div>
    </>
  );
}

/**
 * After moving to another page, focus goes to <main>, so screen readers start at the new content
 * instead of the link that was followed. Changes to the query string (filters) keep the focus.
 */
function useMainFocusOnNavigation() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    main.current?.focus();
  }, [pathname]);
  return main;
}
