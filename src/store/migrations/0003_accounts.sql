-- Accounts, sign-in and permissions. Accounts are installation-wide (one person signs in once and may
-- belong to several organisations), so these tables are keyed by user, not by organisation; what a user
-- may do in an organisation is the membership, which has org_id like every tenant table.

ALTER TABLE organisations
  ADD COLUMN default_role text NOT NULL DEFAULT 'contributor'
    CHECK (default_role IN ('none', 'reader', 'contributor', 'product-owner', 'portfolio-office', 'portfolio-manager', 'admin')),
  ADD COLUMN internal_fields text[] NOT NULL DEFAULT '{}',
  ADD COLUMN public_roadmap jsonb NOT NULL
    DEFAULT '{"enabled": false, "initiativeFields": ["phase", "description", "progress"], "elementFields": ["status", "startOn", "endOn", "progress", "overview"]}';

CREATE TABLE users (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  email text,
  is_admin boolean NOT NULL DEFAULT false,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_sign_in_at timestamptz
);

-- How an account signs in: ('local', 'admin'), ('github', '<user id>') or ('oidc:<issuer>', '<sub>').
CREATE TABLE user_identities (
  provider text NOT NULL,
  subject text NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (provider, subject)
);
CREATE INDEX user_identities_user_idx ON user_identities (user_id);

CREATE TABLE memberships (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL
    CHECK (role IN ('reader', 'contributor', 'product-owner', 'portfolio-office', 'portfolio-manager', 'admin')),
  -- the person in the organisation this account is; a deleted person leaves the membership
  person_id uuid,
  PRIMARY KEY (org_id, user_id),
  FOREIGN KEY (org_id, person_id) REFERENCES people (org_id, id) ON DELETE SET NULL (person_id)
);
CREATE UNIQUE INDEX memberships_person_uq ON memberships (org_id, person_id) WHERE person_id IS NOT NULL;

-- Sessions live in the database so several server processes share them. Only the hash of the cookie's
-- value is stored: a copy of this table signs nobody in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  prefix text NOT NULL,
  scope text NOT NULL CHECK (scope IN ('read', 'write', 'admin')),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

-- One-time sign-in links (the local administrator's); used once, then dead.
CREATE TABLE sign_in_links (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- A sign-in in flight at a provider: its state, PKCE verifier and nonce, taken once by the callback.
CREATE TABLE sign_in_attempts (
  state text PRIMARY KEY,
  provider text NOT NULL,
  code_verifier text NOT NULL,
  nonce text,
  return_to text NOT NULL,
  expires_at timestamptz NOT NULL
);

-- Sign-ins, failed sign-ins, tokens and role changes. No foreign keys: the log outlives what it names.
CREATE TABLE account_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL,
  user_id uuid,
  actor text NOT NULL,
  org_id uuid,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX account_events_user_idx ON account_events (user_id, id);
