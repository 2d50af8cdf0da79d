-- +goose Up
-- Derived data written by the skill graph engine. Towns are keyed by
-- (chain_id, address) like the entity tables; edges may join towns on
-- different chains.

CREATE TABLE town_scores (
    chain_id         bigint NOT NULL,
    address          bytea  NOT NULL,
    members          int    NOT NULL,
    -- NULL when the town has no member with a skill ("no data", never 100)
    score            int,
    legacy_score     int,
    variety          double precision,
    part_category    double precision,
    part_subcategory double precision,
    part_skill       double precision,
    effective_skills double precision,
    percentile       double precision,
    volatile         boolean NOT NULL DEFAULT false,
    lacks            smallint[] NOT NULL DEFAULT '{}',
    excesses         smallint[] NOT NULL DEFAULT '{}',
    district         int,
    centrality       double precision,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, address)
);
CREATE INDEX town_scores_score ON town_scores (score);

-- Directed one-step walk edges: weight is the symmetric proximity w_ij,
-- probability is P_ij = w_ij / sum_k w_ik.
CREATE TABLE town_edges (
    from_chain   bigint NOT NULL,
    from_address bytea  NOT NULL,
    to_chain     bigint NOT NULL,
    to_address   bytea  NOT NULL,
    weight       double precision NOT NULL,
    probability  double precision NOT NULL,
    PRIMARY KEY (from_chain, from_address, to_chain, to_address)
);

CREATE TABLE signals (
    id           bigserial PRIMARY KEY,
    from_chain   bigint NOT NULL,
    from_address bytea  NOT NULL,
    to_chain     bigint,
    to_address   bytea,
    skill        smallint NOT NULL,
    kind         text   NOT NULL, -- LACK | EXCESS | NO_SUPPLIER | RETRACTED
    probability  double precision NOT NULL DEFAULT 0,
    surplus      int    NOT NULL DEFAULT 0,
    scarcity     int,
    -- the block (on from_chain) whose state caused the signal
    chain_id     bigint NOT NULL,
    block        bigint NOT NULL,
    time         bigint NOT NULL,
    reason       text   NOT NULL,
    -- for RETRACTED rows: the signal being withdrawn
    retracts     bigint REFERENCES signals (id),
    retracted    boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX signals_from ON signals (from_chain, from_address, id);
CREATE INDEX signals_to ON signals (to_chain, to_address, id);
CREATE INDEX signals_block ON signals (chain_id, block);
CREATE INDEX signals_skill_kind ON signals (skill, kind);

-- +goose Down
DROP TABLE signals, town_edges, town_scores;
