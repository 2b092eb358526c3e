import { Link } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

/** A Designsystemet link to a page inside the app. */
export function AppLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link asChild>
      <RouterLink to={to}>{children}</RouterLink>
    </Link>
  );
}

/** Links as a comma-free inline list; nothing when there are none. */
export function LinkList({ links }: { links: Array<{ id: string; to: string; label: string }> }) {
  if (links.length === 0) return null;
  return (
    <ul className="link-list">
      {links.map((link) => (
        <li key={link.id}>
          <AppLink to={link.to}>{link.label}</AppLink>
        </li>
      ))}
    </ul>
  );
}
