-- The red thread: roadmap elements, backlog items (epics and issues, native or GitHub-shaped), the links
-- between the levels, status updates with human overrides, and the stored roll-up of every level.

-- When every epic of a roadmap element is delivered, the element is either set to Levert ('set') or the
-- status is only proposed to a person ('propose').
ALTER TABLE organisations ADD COLUMN element_delivery text NOT NULL DEFAULT 'set'
  CHECK (element_delivery IN ('set', 'propose'));

-- initiatives.health becomes the effective health the roll-up keeps: the override when a person has set
-- one with a status update, otherwise the derived health.
ALTER TABLE initiatives ADD COLUMN health_override text CHECK (health_override IN ('green', 'yellow', 'red'));
-- Progress typed by a person (percent), the way "Progresjon (%)" is typed weekly today.
ALTER TABLE initiatives ADD COLUMN progress_override double precision
  CHECK (progress_override BETWEEN 0 AND 100);

CREATE TABLE roadmap_elements (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  title text NOT NULL,
  product_id uuid,
  labels text[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'under-consideration'
    CHECK (status IN ('under-consideration', 'backlog', 'in-progress', 'delivered')),
  -- true when the roll-up set status 'delivered', so a reopened epic can set it back
  status_set_by_rollup boolean NOT NULL DEFAULT false,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
  state_reason text CHECK (state_reason IN ('completed', 'not-planned', 'duplicate', 'reopened')),
  start_on date,
  end_on date,
  estimate_person_weeks double precision CHECK (estimate_person_weeks >= 0),
  milestone text,
  overview text,
  expected_result text,
  how_it_works text,
  health_override text CHECK (health_override IN ('green', 'yellow', 'red')),
  progress_override double precision CHECK (progress_override BETWEEN 0 AND 100),
  github_owner text,
  github_repo text,
  github_number integer,
  github_node_id text,
  url text,
  activity_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  CHECK (end_on IS NULL OR start_on IS NULL OR end_on >= start_on),
  CHECK ((github_owner IS NULL) = (github_repo IS NULL) AND (github_repo IS NULL) = (github_number IS NULL)),
  FOREIGN KEY (org_id, product_id) REFERENCES products (org_id, id) ON DELETE SET NULL (product_id)
);
CREATE UNIQUE INDEX roadmap_elements_github_uq ON roadmap_elements (org_id, github_owner, github_repo, github_number)
  WHERE github_number IS NOT NULL;
CREATE INDEX roadmap_elements_product_idx ON roadmap_elements (org_id, product_id);
CREATE INDEX roadmap_elements_title_idx ON roadmap_elements (org_id, title, id);

CREATE TABLE roadmap_element_initiatives (
  org_id uuid NOT NULL,
  element_id uuid NOT NULL,
  initiative_id uuid NOT NULL,
  PRIMARY KEY (element_id, initiative_id),
  FOREIGN KEY (org_id, element_id) REFERENCES roadmap_elements (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives (org_id, id) ON DELETE CASCADE
);
CREATE INDEX roadmap_element_initiatives_initiative_idx ON roadmap_element_initiatives (initiative_id);

CREATE TABLE roadmap_element_dependencies (
  org_id uuid NOT NULL,
  element_id uuid NOT NULL,
  depends_on_id uuid NOT NULL,
  PRIMARY KEY (element_id, depends_on_id),
  CHECK (element_id <> depends_on_id),
  FOREIGN KEY (org_id, element_id) REFERENCES roadmap_elements (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, depends_on_id) REFERENCES roadmap_elements (org_id, id) ON DELETE CASCADE
);
CREATE INDEX roadmap_element_dependencies_on_idx ON roadmap_element_dependencies (depends_on_id);

CREATE TABLE backlog_items (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('epic', 'issue')),
  title text NOT NULL,
  body text,
  team_id uuid,
  -- an issue's epic (GitHub sub-issue, checklist reference or native link); epics have none
  parent_id uuid,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
  state_reason text CHECK (state_reason IN ('completed', 'not-planned', 'duplicate', 'reopened')),
  issue_type text,
  labels text[] NOT NULL DEFAULT '{}',
  assignees text[] NOT NULL DEFAULT '{}',
  start_on date,
  due_on date,
  estimate double precision CHECK (estimate > 0),
  closed_at timestamptz,
  activity_at timestamptz,
  github_owner text,
  github_repo text,
  github_number integer,
  github_node_id text,
  url text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  CHECK (due_on IS NULL OR start_on IS NULL OR due_on >= start_on),
  CHECK (kind = 'issue' OR parent_id IS NULL),
  CHECK (parent_id IS NULL OR parent_id <> id),
  CHECK ((github_owner IS NULL) = (github_repo IS NULL) AND (github_repo IS NULL) = (github_number IS NULL)),
  FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id) ON DELETE SET NULL (team_id),
  FOREIGN KEY (org_id, parent_id) REFERENCES backlog_items (org_id, id) ON DELETE SET NULL (parent_id)
);
CREATE UNIQUE INDEX backlog_items_github_uq ON backlog_items (org_id, github_owner, github_repo, github_number)
  WHERE github_number IS NOT NULL;
CREATE INDEX backlog_items_parent_idx ON backlog_items (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX backlog_items_title_idx ON backlog_items (org_id, title, id);
CREATE INDEX backlog_items_kind_idx ON backlog_items (org_id, kind);

CREATE TABLE epic_roadmap_elements (
  org_id uuid NOT NULL,
  epic_id uuid NOT NULL,
  element_id uuid NOT NULL,
  PRIMARY KEY (epic_id, element_id),
  FOREIGN KEY (org_id, epic_id) REFERENCES backlog_items (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, element_id) REFERENCES roadmap_elements (org_id, id) ON DELETE CASCADE
);
CREATE INDEX epic_roadmap_elements_element_idx ON epic_roadmap_elements (element_id);

-- A written status update; the only way a person overrides derived health or computed progress.
CREATE TABLE status_updates (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  initiative_id uuid,
  element_id uuid,
  text text NOT NULL CHECK (length(btrim(text)) > 0),
  health_override text CHECK (health_override IN ('green', 'yellow', 'red')),
  progress_override double precision CHECK (progress_override BETWEEN 0 AND 100),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  CHECK ((initiative_id IS NULL) <> (element_id IS NULL)),
  FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, element_id) REFERENCES roadmap_elements (org_id, id) ON DELETE CASCADE
);
-- Health typed by hand before this migration becomes an override, with the status update it requires.
UPDATE initiatives SET health_override = health WHERE health IS NOT NULL;
INSERT INTO status_updates (id, org_id, initiative_id, text, health_override, created_by)
  SELECT gen_random_uuid(), org_id, id, 'Helse registrert for hånd før Rødtråd beregnet den.', health, 'migration'
  FROM initiatives WHERE health IS NOT NULL;
CREATE INDEX status_updates_initiative_idx ON status_updates (initiative_id, created_at) WHERE initiative_id IS NOT NULL;
CREATE INDEX status_updates_element_idx ON status_updates (element_id, created_at) WHERE element_id IS NOT NULL;

-- The stored roll-up of every epic, roadmap element and initiative. Written only by the roll-up, read by
-- lists, pages, trace and checks without recomputation. `delivered` is "ready for Utført" on an initiative;
-- `counted` is false for an epic or element closed as not planned.
CREATE TABLE rollups (
  node_id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  node_type text NOT NULL CHECK (node_type IN ('epic', 'roadmap-element', 'initiative')),
  progress double precision,
  done_units double precision NOT NULL DEFAULT 0,
  total_units double precision NOT NULL DEFAULT 0,
  weight double precision NOT NULL DEFAULT 1,
  counted boolean NOT NULL DEFAULT true,
  delivered boolean NOT NULL DEFAULT false,
  rolled_start date,
  rolled_end date,
  last_activity_at timestamptz,
  computed_health text CHECK (computed_health IN ('green', 'yellow', 'red')),
  health_reasons jsonb NOT NULL DEFAULT '[]',
  expected_progress double precision,
  computed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rollups_org_type_idx ON rollups (org_id, node_type);
