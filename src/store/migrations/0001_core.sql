-- Rødtråd core schema: tenants, organisation, strategy, initiatives, decisions, audit.
-- Every row carries org_id; references between rows use (org_id, id) so a row can never point into
-- another organisation, whatever the application does.

CREATE TABLE organisations (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE people (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL,
  email text,
  title text,
  roles text[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id)
);
CREATE UNIQUE INDEX people_email_uq ON people (org_id, lower(email)) WHERE email IS NOT NULL;

CREATE TABLE product_groups (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  slug text NOT NULL,
  name text NOT NULL,
  description text,
  leader_id uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  UNIQUE (org_id, slug),
  FOREIGN KEY (org_id, leader_id) REFERENCES people (org_id, id) ON DELETE SET NULL (leader_id)
);

CREATE TABLE products (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  product_group_id uuid NOT NULL,
  slug text NOT NULL,
  name text NOT NULL,
  description text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  UNIQUE (org_id, slug),
  FOREIGN KEY (org_id, product_group_id) REFERENCES product_groups (org_id, id) ON DELETE RESTRICT
);

CREATE TABLE teams (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  slug text NOT NULL,
  name text NOT NULL,
  type text NOT NULL CHECK (type IN ('stream-aligned', 'enabling', 'platform', 'complicated-subsystem', 'other')),
  description text,
  backlogs jsonb NOT NULL DEFAULT '[]',
  capacity_person_months_per_quarter double precision,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  UNIQUE (org_id, slug)
);

CREATE TABLE team_product_groups (
  org_id uuid NOT NULL,
  team_id uuid NOT NULL,
  product_group_id uuid NOT NULL,
  PRIMARY KEY (team_id, product_group_id),
  FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, product_group_id) REFERENCES product_groups (org_id, id) ON DELETE RESTRICT
);
CREATE INDEX team_product_groups_pg_idx ON team_product_groups (product_group_id);

CREATE TABLE team_products (
  org_id uuid NOT NULL,
  team_id uuid NOT NULL,
  product_id uuid NOT NULL,
  PRIMARY KEY (team_id, product_id),
  FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, product_id) REFERENCES products (org_id, id) ON DELETE RESTRICT
);

CREATE TABLE team_members (
  org_id uuid NOT NULL,
  team_id uuid NOT NULL,
  person_id uuid NOT NULL,
  role text,
  PRIMARY KEY (team_id, person_id),
  FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, person_id) REFERENCES people (org_id, id) ON DELETE CASCADE
);

CREATE TABLE working_groups (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  slug text NOT NULL,
  name text NOT NULL,
  purpose text,
  starts_on date,
  ends_on date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  UNIQUE (org_id, slug),
  CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
);

CREATE TABLE working_group_members (
  org_id uuid NOT NULL,
  working_group_id uuid NOT NULL,
  person_id uuid NOT NULL,
  PRIMARY KEY (working_group_id, person_id),
  FOREIGN KEY (org_id, working_group_id) REFERENCES working_groups (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, person_id) REFERENCES people (org_id, id) ON DELETE CASCADE
);

CREATE TABLE strategic_sources (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('allocation-letter', 'agency-strategy', 'digitalisation-strategy', 'product-group-strategy', 'okr', 'other')),
  title text NOT NULL,
  issuer text,
  period_start date,
  period_end date,
  url text,
  description text,
  product_group_id uuid,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, product_group_id) REFERENCES product_groups (org_id, id) ON DELETE SET NULL (product_group_id)
);

CREATE TABLE strategic_items (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  source_id uuid NOT NULL,
  parent_id uuid,
  kind text NOT NULL CHECK (kind IN ('goal', 'assignment', 'action', 'objective', 'key-result')),
  ref text,
  title text NOT NULL,
  description text,
  period_start date,
  period_end date,
  target_value text,
  current_value text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, source_id) REFERENCES strategic_sources (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, parent_id) REFERENCES strategic_items (org_id, id) ON DELETE CASCADE
);
CREATE INDEX strategic_items_source_idx ON strategic_items (source_id);

CREATE TABLE workflows (
  org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  definition jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE initiative_counters (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  year integer NOT NULL,
  last_number integer NOT NULL,
  PRIMARY KEY (org_id, year)
);

CREATE TABLE initiatives (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  key text NOT NULL,
  key_year integer NOT NULL,
  key_number integer NOT NULL,
  title text NOT NULL,
  phase text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'parked', 'stopped')),
  phase_changed_at timestamptz NOT NULL DEFAULT now(),
  problem_statement text,
  description text,
  risk_if_not_done text,
  collaboration text,
  competence text,
  person_months_total double precision,
  priority text CHECK (priority IN ('must', 'should', 'could', 'wont')),
  health text CHECK (health IN ('green', 'yellow', 'red')),
  risk_level text CHECK (risk_level IN ('low', 'medium', 'high')),
  risk_text text,
  owner_id uuid,
  submitter_id uuid,
  responsible_id uuid,
  allocation_kind text CHECK (allocation_kind IN ('product-group', 'teams', 'working-group')),
  allocation_product_group_id uuid,
  allocation_working_group_id uuid,
  okrs jsonb NOT NULL DEFAULT '[]',
  milestones jsonb NOT NULL DEFAULT '[]',
  funding jsonb NOT NULL DEFAULT '[]',
  resources jsonb NOT NULL DEFAULT '[]',
  budget_proposal_years integer[] NOT NULL DEFAULT '{}',
  business_plan_years integer[] NOT NULL DEFAULT '{}',
  measurement_plan text,
  checked_criteria text[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  updated_by text NOT NULL,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('norwegian'::regconfig, coalesce(key, '') || ' ' || coalesce(title, '')), 'A') ||
    setweight(to_tsvector('norwegian'::regconfig,
      coalesce(problem_statement, '') || ' ' || coalesce(description, '') || ' ' ||
      coalesce(risk_if_not_done, '') || ' ' || coalesce(collaboration, '') || ' ' ||
      coalesce(competence, '') || ' ' || coalesce(risk_text, '') || ' ' || coalesce(measurement_plan, '')), 'B')
  ) STORED,
  UNIQUE (org_id, id),
  UNIQUE (org_id, key),
  CHECK (allocation_kind IS DISTINCT FROM 'product-group' OR allocation_product_group_id IS NOT NULL),
  CHECK (allocation_kind IS DISTINCT FROM 'working-group' OR allocation_working_group_id IS NOT NULL),
  FOREIGN KEY (org_id, owner_id) REFERENCES people (org_id, id) ON DELETE SET NULL (owner_id),
  FOREIGN KEY (org_id, submitter_id) REFERENCES people (org_id, id) ON DELETE SET NULL (submitter_id),
  FOREIGN KEY (org_id, responsible_id) REFERENCES people (org_id, id) ON DELETE SET NULL (responsible_id),
  FOREIGN KEY (org_id, allocation_product_group_id) REFERENCES product_groups (org_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (org_id, allocation_working_group_id) REFERENCES working_groups (org_id, id) ON DELETE RESTRICT
);
CREATE INDEX initiatives_phase_idx ON initiatives (org_id, phase, key_year, key_number);
CREATE INDEX initiatives_updated_idx ON initiatives (org_id, updated_at, id);
CREATE INDEX initiatives_key_idx ON initiatives (org_id, key_year, key_number);
CREATE INDEX initiatives_search_idx ON initiatives USING gin (search);

CREATE TABLE initiative_teams (
  org_id uuid NOT NULL,
  initiative_id uuid NOT NULL,
  team_id uuid NOT NULL,
  PRIMARY KEY (initiative_id, team_id),
  FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id) ON DELETE RESTRICT
);
CREATE INDEX initiative_teams_team_idx ON initiative_teams (team_id);

CREATE TABLE initiative_dependencies (
  org_id uuid NOT NULL,
  initiative_id uuid NOT NULL,
  depends_on_id uuid NOT NULL,
  PRIMARY KEY (initiative_id, depends_on_id),
  CHECK (initiative_id <> depends_on_id),
  FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, depends_on_id) REFERENCES initiatives (org_id, id) ON DELETE CASCADE
);

CREATE TABLE initiative_strategic_items (
  org_id uuid NOT NULL,
  initiative_id uuid NOT NULL,
  item_id uuid NOT NULL,
  PRIMARY KEY (initiative_id, item_id),
  FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, item_id) REFERENCES strategic_items (org_id, id) ON DELETE RESTRICT
);
CREATE INDEX initiative_strategic_items_item_idx ON initiative_strategic_items (item_id);

CREATE TABLE decisions (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL,
  initiative_id uuid NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('approved', 'approved-with-conditions', 'sent-back', 'stopped', 'parked', 'resumed')),
  from_phase text NOT NULL,
  to_phase text NOT NULL,
  from_status text NOT NULL,
  to_status text NOT NULL,
  decided_on date NOT NULL,
  decided_by text NOT NULL,
  rationale text,
  conditions text,
  evidence_links jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  FOREIGN KEY (org_id, initiative_id) REFERENCES initiatives (org_id, id) ON DELETE CASCADE
);
CREATE INDEX decisions_initiative_idx ON decisions (initiative_id, created_at);

CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  entity_type text NOT NULL,
  entity_id uuid NOT NULL,
  -- the initiative an event belongs to, so an initiative's history includes its decisions
  initiative_id uuid,
  action text NOT NULL,
  actor text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  before jsonb,
  after jsonb
);
CREATE INDEX audit_events_entity_idx ON audit_events (org_id, entity_id, id);
CREATE INDEX audit_events_initiative_idx ON audit_events (org_id, initiative_id, id) WHERE initiative_id IS NOT NULL;
