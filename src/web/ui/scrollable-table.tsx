import { Table, type TableProps } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

/**
 * A table with its caption, in a region that scrolls sideways on narrow screens. The region can take
 * focus, so keyboard users can scroll it too.
 */
export function ScrollableTable({
  caption,
  children,
  ...props
}: { caption: string; children: ReactNode } & TableProps) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table data-size="sm" border {...props}>
        <caption id={captionId}>{caption}</caption>
        {children}
      </Table>
    </div>
  );
}
