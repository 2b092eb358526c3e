import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { ApiError } from '../client';
import { SessionProvider } from './api/session';
import { SignInPage } from './features/accounts/sign-in-page';
import { TokensPage } from './features/accounts/tokens-page';
import { AdminPage } from './features/admin/admin-page';
import { ChecksPage } from './features/checks/checks-page';
import { InitiativePage } from './features/initiatives/initiative-page';
import { PortfolioPage } from './features/portfolio/portfolio-page';
import { PublicRoadmapPage } from './features/public-roadmap/public-roadmap-page';
import { AppShell, PublicShell } from './ui/app-shell';
import { NotFoundPage } from './ui/not-found-page';

/** The pages of one organisation; mounted at / for the default organisation and at /org/:org for others. */
const orgPages: RouteObject[] = [
  { index: true, element: <PortfolioPage /> },
  { path: 'portefolje', element: <PortfolioPage /> },
  { path: 'initiativ/:ref', element: <InitiativePage /> },
  { path: 'sjekker', element: <ChecksPage /> },
  // /checks, as the API names it, leads to the same page.
  { path: 'checks', element: <ChecksPage /> },
  { path: 'api-nokler', element: <TokensPage /> },
  { path: 'administrasjon', element: <AdminPage /> },
];

const router = createBrowserRouter([
  // Anyone may open these (the server lets them through without a session).
  {
    element: <PublicShell />,
    children: [
      { path: 'logg-inn', element: <SignInPage /> },
      { path: 'offentlig/:org', element: <PublicRoadmapPage /> },
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
