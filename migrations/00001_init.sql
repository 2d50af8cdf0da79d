-- +goose Up
-- Entity tables are versioned by block range, as The Graph does: a row is one
-- version of an entity, valid for blocks lower(block_range) <= n < upper.
-- The current version has an unbounded upper end. A change at block b closes
-- the current version at b and inserts a new one from b; a reorg back to
-- block a deletes versions that start after a and reopens versions closed
-- after a. Queries "as of block n" filter with block_range @> n.
-- Event tables (transfers, history) are append-only rows keyed by block.

CREATE TABLE chains (
    chain_id      bigint PRIMARY KEY,
    name          text NOT NULL,
    -- cursor: the last block whose events are applied
    indexed_block bigint,
    indexed_hash  bytea,
    indexed_time  bigint,
    head_block    bigint,
    head_time     bigint,
    start_block   bigint NOT NULL DEFAULT 0,
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Recent block hashes for reorg detection, plus every block that carried an
-- event (so `block: {hash}` can be resolved and timestamps shown).
CREATE TABLE blocks (
    chain_id    bigint NOT NULL,
    number      bigint NOT NULL,
    hash        bytea  NOT NULL,
    parent_hash bytea  NOT NULL,
    time        bigint NOT NULL,
    -- blocks without events are pruned once deeper than max_reorg_depth
    has_events  boolean NOT NULL DEFAULT false,
    PRIMARY KEY (chain_id, number)
);
CREATE INDEX blocks_hash ON blocks (hash);

-- Contracts the indexer follows: the configured roots and the children the
-- DistributedTown factory created (community, credit token, gigs).
CREATE TABLE contracts (
    chain_id      bigint NOT NULL,
    address       bytea  NOT NULL,
    kind          text   NOT NULL,
    town_address  bytea,
    created_block bigint NOT NULL,
    PRIMARY KEY (chain_id, address)
);

CREATE TABLE towns (
    vid            bigserial PRIMARY KEY,
    chain_id       bigint NOT NULL,
    address        bytea  NOT NULL,
    community_id   numeric NOT NULL,
    template       int    NOT NULL,
    creator        bytea  NOT NULL,
    metadata_uri   text   NOT NULL DEFAULT '',
    credits_token  bytea,
    gigs_address   bytea,
    members_count  int    NOT NULL DEFAULT 0,
    created_block  bigint NOT NULL,
    created_time   bigint NOT NULL,
    block_range    int8range NOT NULL
);
CREATE UNIQUE INDEX towns_current ON towns (chain_id, address) WHERE upper_inf(block_range);
CREATE INDEX towns_key ON towns (chain_id, address, lower(block_range));
CREATE INDEX towns_range ON towns USING gist (block_range);
CREATE INDEX towns_created ON towns (created_block);
CREATE INDEX towns_members ON towns (members_count);

CREATE TABLE members (
    vid            bigserial PRIMARY KEY,
    chain_id       bigint NOT NULL,
    town_address   bytea  NOT NULL,
    address        bytea  NOT NULL,
    skill_wallet_id numeric,
    joined_block   bigint NOT NULL,
    joined_time    bigint NOT NULL,
    block_range    int8range NOT NULL
);
CREATE UNIQUE INDEX members_current ON members (chain_id, town_address, address) WHERE upper_inf(block_range);
CREATE INDEX members_key ON members (chain_id, town_address, address, lower(block_range));
CREATE INDEX members_address ON members (address);
CREATE INDEX members_range ON members USING gist (block_range);

CREATE TABLE skill_wallets (
    vid           bigserial PRIMARY KEY,
    chain_id      bigint NOT NULL,
    token_id      numeric NOT NULL,
    owner         bytea  NOT NULL,
    town_address  bytea,
    activated     boolean NOT NULL DEFAULT false,
    -- up to three skills: ids (0..35) and levels (1..10), same order
    skill_ids     smallint[] NOT NULL DEFAULT '{}',
    skill_levels  smallint[] NOT NULL DEFAULT '{}',
    created_block bigint NOT NULL,
    created_time  bigint NOT NULL,
    block_range   int8range NOT NULL
);
CREATE UNIQUE INDEX skill_wallets_current ON skill_wallets (chain_id, token_id) WHERE upper_inf(block_range);
CREATE INDEX skill_wallets_key ON skill_wallets (chain_id, token_id, lower(block_range));
CREATE INDEX skill_wallets_owner ON skill_wallets (owner);
CREATE INDEX skill_wallets_town ON skill_wallets (chain_id, town_address);
CREATE INDEX skill_wallets_skills ON skill_wallets USING gin (skill_ids);
CREATE INDEX skill_wallets_range ON skill_wallets USING gist (block_range);

-- Every community a wallet was active in, in order (The Graph's communityHistory).
CREATE TABLE wallet_moves (
    chain_id     bigint NOT NULL,
    token_id     numeric NOT NULL,
    town_address bytea  NOT NULL,
    block        bigint NOT NULL,
    log_index    int    NOT NULL,
    time         bigint NOT NULL,
    PRIMARY KEY (chain_id, block, log_index)
);
CREATE INDEX wallet_moves_token ON wallet_moves (chain_id, token_id, block);

CREATE TABLE credit_balances (
    vid          bigserial PRIMARY KEY,
    chain_id     bigint NOT NULL,
    token        bytea  NOT NULL,
    holder       bytea  NOT NULL,
    town_address bytea,
    amount       numeric NOT NULL,
    block_range  int8range NOT NULL
);
CREATE UNIQUE INDEX credit_balances_current ON credit_balances (chain_id, token, holder) WHERE upper_inf(block_range);
CREATE INDEX credit_balances_key ON credit_balances (chain_id, token, holder, lower(block_range));
CREATE INDEX credit_balances_holder ON credit_balances (holder);
CREATE INDEX credit_balances_amount ON credit_balances (amount);
CREATE INDEX credit_balances_range ON credit_balances USING gist (block_range);

-- One row per credit movement: ERC777 Sent/Minted/Burned and the ERC20
-- Transfer emitted for the same movement are counted once.
CREATE TABLE credit_transfers (
    chain_id     bigint NOT NULL,
    block        bigint NOT NULL,
    log_index    int    NOT NULL,
    tx_hash      bytea  NOT NULL,
    time         bigint NOT NULL,
    token        bytea  NOT NULL,
    town_address bytea,
    kind         text   NOT NULL, -- MINT | SEND | BURN
    from_address bytea  NOT NULL,
    to_address   bytea  NOT NULL,
    amount       numeric NOT NULL,
    PRIMARY KEY (chain_id, block, log_index)
);
CREATE INDEX credit_transfers_from ON credit_transfers (from_address);
CREATE INDEX credit_transfers_to ON credit_transfers (to_address);
CREATE INDEX credit_transfers_token ON credit_transfers (chain_id, token, block);
CREATE INDEX credit_transfers_amount ON credit_transfers (amount);

CREATE TABLE gigs (
    vid           bigserial PRIMARY KEY,
    chain_id      bigint NOT NULL,
    gigs_address  bytea  NOT NULL,
    gig_id        numeric NOT NULL,
    town_address  bytea,
    creator       bytea  NOT NULL,
    taker         bytea,
    status        text   NOT NULL, -- OPEN | TAKEN | SUBMITTED | COMPLETED | VALIDATED
    credits       numeric,
    created_block bigint NOT NULL,
    created_time  bigint NOT NULL,
    block_range   int8range NOT NULL
);
CREATE UNIQUE INDEX gigs_current ON gigs (chain_id, gigs_address, gig_id) WHERE upper_inf(block_range);
CREATE INDEX gigs_key ON gigs (chain_id, gigs_address, gig_id, lower(block_range));
CREATE INDEX gigs_status ON gigs (status);
CREATE INDEX gigs_town ON gigs (chain_id, town_address);
CREATE INDEX gigs_range ON gigs USING gist (block_range);

CREATE TABLE projects (
    chain_id         bigint NOT NULL,
    projects_address bytea  NOT NULL,
    project_id       numeric NOT NULL,
    template         int    NOT NULL,
    town_address     bytea  NOT NULL,
    block            bigint NOT NULL,
    log_index        int    NOT NULL,
    time             bigint NOT NULL,
    PRIMARY KEY (chain_id, projects_address, project_id)
);
CREATE INDEX projects_town ON projects (chain_id, town_address);
CREATE INDEX projects_block ON projects (chain_id, block);

-- +goose Down
DROP TABLE projects, gigs, credit_transfers, credit_balances, wallet_moves,
    skill_wallets, members, towns, contracts, blocks, chains;
