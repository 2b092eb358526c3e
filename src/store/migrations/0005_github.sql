-- GitHub sync: what an organisation reads from GitHub (settings), where each imported initiative came
-- from, the reconciler's cursors and ETags, the history of sync runs, and the webhook deliveries queue.
-- Credentials are not here: they come from the server's configuration.

CREATE TABLE github_settings (
  org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  settings jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL
);

-- The portfolio issue an initiative was imported from, and its body as written there.
CREATE TABLE github_initiative_sources (
  org_id uuid NOT NULL,
  initiative_id uuid NOT NULL,
  owner text NOT NULL,
  repo text NOT NULL,
  number integer NOT NULL,
  node_id text NOT NULL,
  url text,
  body text,
  github_updated_at timestamptz NOT NULL,
  digest text NOT NULL,
  PRIMARY KEY (org_id, initiative_id),
  FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives (org_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX github_initiative_sources_node_uq ON github_initiative_sources (org_id, node_id);
CREATE UNIQUE INDEX github_initiative_sources_ref_uq ON github_initiative_sources (org_id, owner, repo, number);

-- One row per listing the reconciler follows (a repository's issues, a board's items): the ETag of its
-- last answer and the `since` it asked from, so an unchanged listing answers 304 and costs nothing.
CREATE TABLE github_sync_cursors (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  resource text NOT NULL,
  etag text,
  since timestamptz,
  -- The address the ETag answered for: it stands for that exact request only.
  url text,
  -- A small answer a 304 stands for and the sync needs again (a board's fields and their ids).
  data jsonb,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, resource)
);

CREATE TABLE github_sync_runs (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  trigger text NOT NULL CHECK (trigger IN ('import', 'reconcile', 'full-reconcile', 'webhooks', 'write-back')),
  status text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  -- Moved on by every progress report: a run whose heartbeat stopped died with its server.
  heartbeat_at timestamptz NOT NULL DEFAULT now(),
  started_by text NOT NULL,
  report jsonb NOT NULL
);
CREATE INDEX github_sync_runs_org_idx ON github_sync_runs (org_id, started_at DESC);

-- Webhook deliveries, installation-wide (one GitHub App serves every organisation that names the
-- repository). The delivery id makes a redelivery a no-op; a lease lets several servers share the work.
CREATE TABLE github_deliveries (
  delivery_id text PRIMARY KEY,
  event text NOT NULL,
  action text,
  payload jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  leased_until timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  processed_at timestamptz,
  error text
);
CREATE INDEX github_deliveries_pending_idx ON github_deliveries (received_at) WHERE processed_at IS NULL;

-- A Projects board item as last seen or written: which element it is, and its field values by name.
-- Write-back compares the computed progress with it, so an unchanged value is never written again.
CREATE TABLE github_board_items (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  project_owner text NOT NULL,
  project_number integer NOT NULL,
  item_id bigint NOT NULL,
  content_node_id text,
  field_values jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, project_owner, project_number, item_id)
);
CREATE INDEX github_board_items_content_idx ON github_board_items (org_id, content_node_id);

-- What each mirrored issue looked like when last imported, as a digest of what the import wrote from
-- it (fields, parent, board values). GitHub's updated_at has whole seconds: two changes in one second
-- share it, so it cannot tell whether an issue changed; the digest can.
CREATE TABLE github_digests (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  ref text NOT NULL,
  digest text NOT NULL,
  PRIMARY KEY (org_id, ref)
);

-- Renamed repositories and transferred issues keep their node id: find the stored row by it.
CREATE INDEX roadmap_elements_github_node_idx ON roadmap_elements (org_id, github_node_id)
  WHERE github_node_id IS NOT NULL;
CREATE INDEX backlog_items_github_node_idx ON backlog_items (org_id, github_node_id)
  WHERE github_node_id IS NOT NULL;
