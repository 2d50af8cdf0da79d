-- +goose Up
-- Indexes for the API's filters and orders: every scalar attribute a
-- client can filter or sort by (store/query_entities.go) has an index that
-- leads with its column, or with chain_id and then its column, so that a
-- filter on a large table is an index scan, not a scan of every version.
-- The store's test TestEveryFilterAndOrderHasAnIndex checks the list.
--
-- Entity tables are versioned by block range (00001_init.sql): like the
-- indexes there, these are plain btrees over every version, so they serve
-- the current state (upper_inf(block_range) is then a filter on few rows)
-- and time travel (block_range @> n) alike. References are chain-scoped,
-- so their indexes lead with chain_id; sortable values lead with the value
-- itself, which also serves the multi-chain endpoint's orders.

CREATE INDEX towns_community_id ON towns (community_id);
CREATE INDEX towns_template ON towns (template);
CREATE INDEX towns_creator ON towns (chain_id, creator);
CREATE INDEX towns_metadata_uri ON towns (metadata_uri);
CREATE INDEX towns_credits_token ON towns (credits_token);
CREATE INDEX towns_gigs_address ON towns (gigs_address);
CREATE INDEX towns_created_time ON towns (created_time);

CREATE INDEX skill_wallets_activated ON skill_wallets (activated);
CREATE INDEX skill_wallets_created_block ON skill_wallets (created_block);
CREATE INDEX skill_wallets_created_time ON skill_wallets (created_time);

CREATE INDEX credit_balances_town ON credit_balances (chain_id, town_address);

CREATE INDEX credit_transfers_log_index ON credit_transfers (log_index);
CREATE INDEX credit_transfers_tx_hash ON credit_transfers (tx_hash);
CREATE INDEX credit_transfers_time ON credit_transfers (time);
CREATE INDEX credit_transfers_town ON credit_transfers (chain_id, town_address);
CREATE INDEX credit_transfers_kind ON credit_transfers (kind);

CREATE INDEX gigs_gig_id ON gigs (gig_id);
CREATE INDEX gigs_creator ON gigs (chain_id, creator);
CREATE INDEX gigs_taker ON gigs (chain_id, taker);
CREATE INDEX gigs_credits ON gigs (credits);
CREATE INDEX gigs_created_block ON gigs (created_block);
CREATE INDEX gigs_created_time ON gigs (created_time);

CREATE INDEX projects_project_id ON projects (project_id);
CREATE INDEX projects_template ON projects (template);
CREATE INDEX projects_time ON projects (time);

CREATE INDEX signals_kind ON signals (kind);
CREATE INDEX signals_probability ON signals (probability);
CREATE INDEX signals_surplus ON signals (surplus);
CREATE INDEX signals_scarcity ON signals (scarcity);
CREATE INDEX signals_time ON signals (time);
CREATE INDEX signals_reason ON signals (reason);
CREATE INDEX signals_retracted ON signals (retracted);
CREATE INDEX signals_retracts ON signals (retracts);

-- Ids as the API writes them (api/model/ids.go), for the text filters on
-- references (creator_starts_with, owner_contains_nocase...): "0x" and
-- lower-case hex, behind "<chain>-" unless the entity is on native, the
-- chain of the endpoint asked (0 on the multi-chain endpoint).
CREATE FUNCTION dito_address_id(chain bigint, address bytea, native bigint) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN chain = native THEN '' ELSE chain::text || '-' END || '0x' || encode(address, 'hex');

-- Lower-case hex of a non-negative integer of any size (uint256 token ids).
-- +goose StatementBegin
CREATE FUNCTION dito_hex(n numeric) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    digits text := '';
BEGIN
    IF n = 0 THEN
        RETURN '0';
    END IF;
    WHILE n > 0 LOOP
        digits := substr('0123456789abcdef', mod(n, 16)::int + 1, 1) || digits;
        n := div(n, 16);
    END LOOP;
    RETURN digits;
END
$$;
-- +goose StatementEnd

CREATE FUNCTION dito_number_id(chain bigint, n numeric, native bigint) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN chain = native THEN '' ELSE chain::text || '-' END || '0x' || dito_hex(n);

-- +goose Down
DROP FUNCTION dito_number_id(bigint, numeric, bigint);
DROP FUNCTION dito_hex(numeric);
DROP FUNCTION dito_address_id(bigint, bytea, bigint);
DROP INDEX towns_community_id, towns_template, towns_creator, towns_metadata_uri, towns_credits_token,
    towns_gigs_address, towns_created_time,
    skill_wallets_activated, skill_wallets_created_block, skill_wallets_created_time,
    credit_balances_town,
    credit_transfers_log_index, credit_transfers_tx_hash, credit_transfers_time, credit_transfers_town, credit_transfers_kind,
    gigs_gig_id, gigs_creator, gigs_taker, gigs_credits, gigs_created_block, gigs_created_time,
    projects_project_id, projects_template, projects_time,
    signals_kind, signals_probability, signals_surplus, signals_scarcity, signals_time, signals_reason,
    signals_retracted, signals_retracts;
