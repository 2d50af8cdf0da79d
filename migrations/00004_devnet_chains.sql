-- +goose Up
-- Chains indexed from dito's in-process devnet. The devnet's chains live in
-- memory and start anew at every run, under the real networks' chain ids;
-- this flag lets a new run forget the previous run's devnet data, and
-- refuse to touch a real chain indexed under the same id.
ALTER TABLE chains ADD COLUMN devnet boolean NOT NULL DEFAULT false;

-- +goose Down
ALTER TABLE chains DROP COLUMN devnet;
