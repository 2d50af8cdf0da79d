-- +goose Up
-- Durable delivery of signals to bots: registered webhooks and a
-- transactional outbox of deliveries. A trigger on signals enqueues the
-- deliveries in the same transaction that stores the signal, so no code
-- path (engine, reorg rollback) can store a signal and forget to deliver it,
-- and a crash between the two cannot happen.

CREATE TABLE webhooks (
    id           bigserial PRIMARY KEY,
    url          text NOT NULL,
    secret       text NOT NULL,
    -- filters; NULL matches everything. A town matches as the signal's
    -- from or to town; a retraction matches what its signal matched.
    town_chain   bigint,
    town_address bytea,
    skill        smallint,
    kind         text CHECK (kind IN ('LACK', 'EXCESS', 'NO_SUPPLIER')),
    -- 'config' rows mirror signals.webhooks of the config file and are
    -- replaced at each start; 'api' rows come from the createWebhook mutation.
    source       text NOT NULL DEFAULT 'api' CHECK (source IN ('config', 'api')),
    disabled     boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((town_chain IS NULL) = (town_address IS NULL))
);

CREATE TABLE webhook_deliveries (
    webhook_id      bigint NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    signal_id       bigint NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
    status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts        int NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    delivered_at    timestamptz,
    PRIMARY KEY (webhook_id, signal_id)
);
-- The dispatcher reads the oldest pending delivery of each webhook.
CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (webhook_id, signal_id) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_status ON webhook_deliveries (status, webhook_id);

-- +goose StatementBegin
CREATE FUNCTION enqueue_signal_deliveries() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE TRIGGER signals_enqueue_deliveries AFTER INSERT ON signals
    FOR EACH ROW EXECUTE FUNCTION enqueue_signal_deliveries();

-- +goose Down
DROP TRIGGER signals_enqueue_deliveries ON signals;
DROP FUNCTION enqueue_signal_deliveries();
DROP TABLE webhook_deliveries, webhooks;
