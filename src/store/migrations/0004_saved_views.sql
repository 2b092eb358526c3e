-- Saved views of the portfolio page: a name and the page's query string (filters, board or table,
-- sort). A view is its author's, or shared with everyone in the organisation.
CREATE TABLE saved_views (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  query text NOT NULL,
  shared boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, user_id, name)
);
CREATE INDEX saved_views_org_idx ON saved_views (org_id, user_id);
