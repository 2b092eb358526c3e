import { ErrorSummary } from '@digdir/designsystemet-react';

/**
 * Every error of a form, each a link that moves focus to its field. Designsystemet's element takes
 * focus when it is put on the page; forms put a new one there on each failed attempt (a new key), so
 * focus comes here every time.
 */
export function FormErrorSummary<P extends string, E extends { path: P }>(props: {
  errors: readonly E[];
  heading: string;
  level: 2 | 3;
  className: string;
  /** The DOM id of a field's control, for the link's address. */
  fieldId: (path: P) => string;
  focus: (path: P) => void;
  text: (error: E) => string;
}) {
  return (
    <ErrorSummary className={props.className}>
      <ErrorSummary.Heading level={props.level}>{props.heading}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {props.errors.map((error) => (
          <ErrorSummary.Item key={error.path}>
            <ErrorSummary.Link
              href={`#${props.fieldId(error.path)}`}
              onClick={(event) => {
                event.preventDefault();
                props.focus(error.path);
              }}
            >
              {props.text(error)}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
