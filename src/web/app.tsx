import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { ApiError } from '../client';
import { SessionProvider } from './api/session';
import { PortfolioPage } from './features/portfolio/portfolio-page';
import { AppShell, PublicShell } from './ui/app-shell';
import { NotFoundPage } from './ui/not-found-page';

/**
 * Every page but the board loads its code when first opened, so the first page ships little
 * JavaScript (issue: under 300 kB gzip); `page` names the module and its exported component.
 */
const page =
  <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) =>
  async () => ({ Component: pick(await load()) });

/** The pages of one organisation; mounted at / for the default organisation and at /org/:org for others. */
const orgPages: RouteObject[] = [
  { index: true, element: <PortfolioPage /> },
  { path: 'portefolje', element: <PortfolioPage /> },
  {
    path: 'initiativ/:ref',
    lazy: page(
      () => import('./features/initiatives/initiative-page'),
      (m) => m.InitiativePage,
    ),
  },
  {
    path: 'foresla',
    lazy: page(
      () => import('./features/proposals/proposal-page'),
      (m) => m.ProposalPage,
    ),
  },
  {
    path: 'veikart',
    lazy: page(
      () => import('./features/roadmap/roadmap-page'),
      (m) => m.RoadmapPage,
    ),
  },
  {
    path: 'veikart/:id',
    lazy: page(
      () => import('./features/roadmap/roadmap-element-page'),
      (m) => m.RoadmapElementPage,
    ),
  },
  {
    path: 'organisasjon',
    lazy: page(
      () => import('./features/organisation/organisation-page'),
      (m) => m.OrganisationPage,
    ),
  },
  {
    path: 'organisasjon/team/:id',
    lazy: page(
      () => import('./features/organisation/team-page'),
      (m) => m.TeamPage,
    ),
  },
  {
    path: 'organisasjon/produktgruppe/:id',
    lazy: page(
      () => import('./features/organisation/product-group-page'),
      (m) => m.ProductGroupPage,
    ),
  },
  {
    path: 'organisasjon/person/:id',
    lazy: page(
      () => import('./features/organisation/person-page'),
      (m) => m.PersonPage,
    ),
  },
  {
    path: 'strategi',
    lazy: page(
      () => import('./features/strategy/strategy-page'),
      (m) => m.StrategyPage,
    ),
  },
  {
    path: 'agenda',
    lazy: page(
      () => import('./features/agenda/agenda-page'),
      (m) => m.AgendaPage,
    ),
  },
  {
    path: 'sok',
    lazy: page(
      () => import('./features/search/search-page'),
      (m) => m.SearchPage,
    ),
  },
  {
    path: 'sjekker',
    lazy: page(
      () => import('./features/checks/checks-page'),
      (m) => m.ChecksPage,
    ),
  },
  // /checks, as the API names it, leads to the same page.
  {
    path: 'checks',
    lazy: page(
      () => import('./features/checks/checks-page'),
      (m) => m.ChecksPage,
    ),
  },
  {
    path: 'api-nokler',
    lazy: page(
      () => import('./features/accounts/tokens-page'),
      (m) => m.TokensPage,
    ),
  },
  {
    path: 'administrasjon',
    lazy: page(
      () => import('./features/admin/admin-page'),
      (m) => m.AdminPage,
    ),
  },
  {
    path: 'administrasjon/github',
    lazy: page(
      () => import('./features/github-sync/github-sync-page'),
      (m) => m.GithubSyncPage,
    ),
  },
];

const router = createBrowserRouter([
  // Anyone may open these (the server lets them through without a session).
  {
    element: <PublicShell />,
    children: [
      {
        path: 'logg-inn',
        lazy: page(
          () => import('./features/accounts/sign-in-page'),
          (m) => m.SignInPage,
        ),
      },
      {
        path: 'offentlig/:org',
        lazy: page(
          () => import('./features/public-roadmap/public-roadmap-page'),
          (m) => m.PublicRoadmapPage,
        ),
      },
    ],
  },
  // Everything else is for the signed-in user.
  {
    element: (
      <SessionProvider>
        <AppShell />
      </SessionProvider>
    ),
    children: [
      ...orgPages,
      { path: 'org/:org', children: orgPages },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** A 4xx will not get better by asking again; network trouble and 5xx might. */
const shouldRetry = (failures: number, error: unknown) =>
  failures < 2 && !(error instanceof ApiError && error.status < 500);

export function App() {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: shouldRetry } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
