-- +goose Up
-- webhooks.disabled could not be set by anything (not the config file, not
-- the API), so it only looked like a feature: removing a webhook is
-- deleteWebhook or dropping it from the config, and a receiver that is down
-- is what retries and dead letters are for. The enqueue trigger stops
-- testing it.
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION enqueue_signal_deliveries() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    subject signals%ROWTYPE := NEW;
BEGIN
    IF NEW.kind = 'RETRACTED' AND NEW.retracts IS NOT NULL THEN
        SELECT * INTO subject FROM signals WHERE id = NEW.retracts;
    END IF;
    INSERT INTO webhook_deliveries (webhook_id, signal_id)
    SELECT w.id, NEW.id FROM webhooks w
    WHERE (w.town_chain IS NULL
           OR (w.town_chain = subject.from_chain AND w.town_address = subject.from_address)
           OR (w.town_chain = subject.to_chain AND w.town_address = subject.to_address))
      AND (w.skill IS NULL OR w.skill = subject.skill)
      AND (w.kind IS NULL OR w.kind = subject.kind);
    IF FOUND THEN
        PERFORM pg_notify('dito_deliveries', NEW.id::text);
    END IF;
    RETURN NEW;
END
$$;
-- +goose StatementEnd
ALTER TABLE webhooks DROP COLUMN disabled;

-- +goose Down
ALTER TABLE webhooks ADD COLUMN disabled boolean NOT NULL DEFAULT false;
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION enqueue_signal_deliveries() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    subject signals%ROWTYPE := NEW;
BEGIN
    IF NEW.kind = 'RETRACTED' AND NEW.retracts IS NOT NULL THEN
        SELECT * INTO subject FROM signals WHERE id = NEW.retracts;
    END IF;
    INSERT INTO webhook_deliveries (webhook_id, signal_id)
    SELECT w.id, NEW.id FROM webhooks w
    WHERE NOT w.disabled
      AND (w.town_chain IS NULL
           OR (w.town_chain = subject.from_chain AND w.town_address = subject.from_address)
           OR (w.town_chain = subject.to_chain AND w.town_address = subject.to_address))
      AND (w.skill IS NULL OR w.skill = subject.skill)
      AND (w.kind IS NULL OR w.kind = subject.kind);
    IF FOUND THEN
        PERFORM pg_notify('dito_deliveries', NEW.id::text);
    END IF;
    RETURN NEW;
END
$$;
-- +goose StatementEnd
