#include "Migrations.h"

#include "Database.h"
#include "FailureSentences.h"
#include "LegacySentences.h"
#include "common/Logging.h"

#include <QDateTime>

namespace ringback {

namespace {

// Conventions: times are BIGINT milliseconds since the epoch, UTC; flags are INTEGER 0/1; phone
// numbers are E.164 text; provider ids are unique so re-polling a page changes nothing.
Migration schemaV1()
{
    return Migration{
        1,
        QStringLiteral("core tables"),
        {
            QStringLiteral(R"(CREATE TABLE provider_accounts (
                id ${ID_PK},
                provider TEXT NOT NULL,
                account_ref TEXT NOT NULL,
                friendly_name TEXT,
                base_url TEXT,
                created_at BIGINT NOT NULL,
                UNIQUE (provider, account_ref)))"),
            QStringLiteral(R"(CREATE TABLE business_numbers (
                id ${ID_PK},
                account_id BIGINT NOT NULL REFERENCES provider_accounts(id) ON DELETE CASCADE,
                e164 TEXT NOT NULL UNIQUE,
                friendly_name TEXT,
                sms_capable INTEGER NOT NULL DEFAULT 1,
                watched INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral(R"(CREATE TABLE calls (
                id ${ID_PK},
                provider_call_id TEXT NOT NULL UNIQUE,
                parent_provider_call_id TEXT,
                direction TEXT NOT NULL,
                from_number TEXT NOT NULL,
                to_number TEXT NOT NULL,
                status TEXT NOT NULL,
                started_at BIGINT,
                ended_at BIGINT,
                duration_s INTEGER,
                answered_by TEXT,
                has_recording INTEGER NOT NULL DEFAULT 0,
                first_seen_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX calls_parent ON calls (parent_provider_call_id)"),
            QStringLiteral("CREATE INDEX calls_from_ended ON calls (from_number, ended_at)"),
            QStringLiteral("CREATE INDEX calls_ended ON calls (ended_at)"),
            QStringLiteral(R"(CREATE TABLE staff (
                id ${ID_PK},
                name TEXT NOT NULL UNIQUE,
                active INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral(R"(CREATE TABLE leads (
                id ${ID_PK},
                e164 TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL DEFAULT 'new',
                estimated_value_cents BIGINT,
                need TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT '',
                place TEXT NOT NULL DEFAULT '',
                assigned_staff_id BIGINT REFERENCES staff(id) ON DELETE SET NULL,
                unread INTEGER NOT NULL DEFAULT 0,
                last_activity_at BIGINT NOT NULL,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                revision BIGINT NOT NULL DEFAULT 1))"),
            QStringLiteral("CREATE INDEX leads_activity ON leads (last_activity_at)"),
            QStringLiteral(R"(CREATE TABLE outbox (
                id ${ID_PK},
                call_id BIGINT REFERENCES calls(id) ON DELETE SET NULL,
                lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                to_number TEXT NOT NULL,
                from_number TEXT NOT NULL,
                body TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'pending',
                attempts INTEGER NOT NULL DEFAULT 0,
                not_before BIGINT NOT NULL,
                lease_owner TEXT,
                lease_until BIGINT,
                claimed_at BIGINT,
                provider_message_id TEXT,
                last_error TEXT,
                message_id BIGINT,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                UNIQUE (call_id, kind)))"),
            QStringLiteral("CREATE INDEX outbox_state ON outbox (state, not_before)"),
            QStringLiteral(R"(CREATE TABLE messages (
                id ${ID_PK},
                provider_message_id TEXT UNIQUE,
                lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
                direction TEXT NOT NULL,
                from_number TEXT NOT NULL,
                to_number TEXT NOT NULL,
                body TEXT NOT NULL,
                status TEXT NOT NULL,
                error_code INTEGER,
                error_message TEXT,
                automated INTEGER NOT NULL DEFAULT 0,
                created_at BIGINT NOT NULL,
                sent_at BIGINT,
                updated_at BIGINT NOT NULL,
                outbox_id BIGINT REFERENCES outbox(id) ON DELETE SET NULL))"),
            QStringLiteral("CREATE INDEX messages_lead ON messages (lead_id, created_at)"),
            QStringLiteral(R"(CREATE TABLE opt_outs (
                e164 TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                keyword TEXT,
                created_at BIGINT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE blocked_numbers (
                e164 TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                reason TEXT,
                created_at BIGINT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE timeline_events (
                id ${ID_PK},
                lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT '',
                call_id BIGINT REFERENCES calls(id) ON DELETE SET NULL,
                message_id BIGINT REFERENCES messages(id) ON DELETE SET NULL,
                occurred_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX timeline_lead ON timeline_events (lead_id, occurred_at)"),
            QStringLiteral(R"(CREATE TABLE templates (
                id ${ID_PK},
                role TEXT NOT NULL,
                name TEXT NOT NULL,
                body TEXT NOT NULL,
                updated_at BIGINT NOT NULL,
                UNIQUE (role, name)))"),
            QStringLiteral(R"(CREATE TABLE business_hours (
                id ${ID_PK},
                weekday INTEGER NOT NULL,
                opens_minute INTEGER NOT NULL,
                closes_minute INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE closures (
                id ${ID_PK},
                day TEXT NOT NULL,
                label TEXT NOT NULL DEFAULT '',
                opens_minute INTEGER,
                closes_minute INTEGER))"),
            QStringLiteral(R"(CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                updated_at BIGINT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE sync_state (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                updated_at BIGINT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE leases (
                name TEXT PRIMARY KEY,
                holder TEXT NOT NULL,
                expires_at BIGINT NOT NULL))"),
        },
    };
}

// What the automation decided about each call, so a re-polled call is never decided twice and the
// Calls view can say why a call was or was not texted.
Migration schemaV2()
{
    return Migration{
        2,
        QStringLiteral("call verdicts"),
        {
            QStringLiteral("ALTER TABLE calls ADD COLUMN verdict TEXT"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN verdict_detail TEXT"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN decided_at BIGINT"),
            QStringLiteral("CREATE INDEX calls_undecided ON calls (decided_at, ended_at)"),
            QStringLiteral("CREATE INDEX outbox_to_created ON outbox (to_number, created_at)"),
        },
    };
}

// The inbox's search box: an index over lead names, places and message bodies, and the index
// the "Mine" filter needs. The text index differs per database (SqlDialect::textSearchSchema).
Migration schemaV3()
{
    return Migration{
        3,
        QStringLiteral("inbox search"),
        {
            QStringLiteral("CREATE INDEX leads_assigned ON leads (assigned_staff_id, last_activity_at)"),
        },
        SqlDialect::sqlite().textSearchSchema(),
        SqlDialect::postgres().textSearchSchema(),
    };
}

// Live updates between desks (PostgreSQL only): every write that another desk must see (a text,
// a lead's status, assignment or card, an opt-out, a call) sends NOTIFY ringback_changes with
// "<table>:<lead id>" (0 when the row has no lead). Triggers rather than code, so no write path,
// the worker's included, can forget. NOTIFY is delivered at commit; PostgreSQL folds identical
// payloads within one transaction. StoreNotifications is the listening side. On SQLite (one desk)
// this step changes nothing.
Migration schemaV4()
{
    return Migration{
        4,
        QStringLiteral("live updates between desks"),
        {},
        {},
        {
            QStringLiteral(R"(CREATE FUNCTION ringback_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    changed JSONB := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
                    lead TEXT := CASE WHEN TG_TABLE_NAME = 'leads' THEN changed->>'id'
                                      ELSE changed->>'lead_id' END;
                BEGIN
                    PERFORM pg_notify('ringback_changes', TG_TABLE_NAME || ':' || COALESCE(lead, '0'));
                    RETURN NULL;
                END $$)"),
            QStringLiteral("CREATE TRIGGER messages_notify AFTER INSERT OR UPDATE OR DELETE ON messages "
                           "FOR EACH ROW EXECUTE FUNCTION ringback_notify_change()"),
            QStringLiteral("CREATE TRIGGER leads_notify AFTER INSERT OR UPDATE OR DELETE ON leads "
                           "FOR EACH ROW EXECUTE FUNCTION ringback_notify_change()"),
            QStringLiteral("CREATE TRIGGER opt_outs_notify AFTER INSERT OR UPDATE OR DELETE ON opt_outs "
                           "FOR EACH ROW EXECUTE FUNCTION ringback_notify_change()"),
            QStringLiteral("CREATE TRIGGER calls_notify AFTER INSERT OR UPDATE OR DELETE ON calls "
                           "FOR EACH ROW EXECUTE FUNCTION ringback_notify_change()"),
        },
    };
}

// The thread tells a missed call and the decision about it on one line, so it looks events up by
// call; without this index that is a scan of every lead's history per missed call.
Migration schemaV5()
{
    return Migration{
        5,
        QStringLiteral("timeline by call"),
        {
            QStringLiteral("CREATE INDEX timeline_call ON timeline_events (call_id)"),
        },
    };
}

// The dashboard counts the leads that had a missed call in a period from the timeline; without
// this index that is one probe per lead ever stored.
Migration schemaV6()
{
    return Migration{
        6,
        QStringLiteral("timeline by kind and time"),
        {
            QStringLiteral("CREATE INDEX timeline_kind_time ON timeline_events (kind, occurred_at)"),
        },
    };
}

// "Maria is replying…" (TypingPresence): who is typing in which conversation, until when (ms since
// the epoch). Rows are short-lived and never copied between stores. On PostgreSQL the change
// trigger of migration 4 tells the other desks, with the lead in the payload.
Migration schemaV7()
{
    return Migration{
        7,
        QStringLiteral("who is typing a reply"),
        {
            QStringLiteral("CREATE TABLE typing ("
                           "lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE, "
                           "who TEXT NOT NULL, until_ms BIGINT NOT NULL, PRIMARY KEY (lead_id, who))"),
        },
        {},
        {
            QStringLiteral("CREATE TRIGGER typing_notify AFTER INSERT OR UPDATE OR DELETE ON typing "
                           "FOR EACH ROW EXECUTE FUNCTION ringback_notify_change()"),
        },
    };
}

// Provider records that could not be read or trusted (a year-9999 date, no id, a duration in
// words): kept aside with a reason code, once per record however often a poll brings it back.
// record_key is the provider id, or for a record without one a digest of its excerpt.
Migration schemaV8()
{
    return Migration{
        8,
        QStringLiteral("set-aside provider records"),
        {
            QStringLiteral(R"(CREATE TABLE set_aside_records (
                id ${ID_PK},
                kind TEXT NOT NULL,
                record_key TEXT NOT NULL,
                provider_id TEXT,
                reason TEXT NOT NULL,
                field TEXT NOT NULL DEFAULT '',
                excerpt TEXT NOT NULL DEFAULT '',
                first_seen_at BIGINT NOT NULL,
                last_seen_at BIGINT NOT NULL,
                seen_count INTEGER NOT NULL DEFAULT 1,
                UNIQUE (kind, record_key, reason)))"),
            QStringLiteral("CREATE INDEX set_aside_records_seen ON set_aside_records (kind, last_seen_at)"),
        },
    };
}

// Opt-out intent (DESIGN §3): a reply that looks like an opt-out ("Stop please, just call me")
// flags the number until a person confirms or undoes it; meanwhile nothing automatic is sent to
// it. One row per number. On PostgreSQL the change trigger of migration 4 tells the other desks.
Migration schemaV9()
{
    return Migration{
        9,
        QStringLiteral("replies that look like an opt-out"),
        {
            QStringLiteral("CREATE TABLE opt_out_intents ("
                           "e164 TEXT PRIMARY KEY, "
                           "lead_id BIGINT NOT NULL REFERENCES leads(id) ON DELETE CASCADE, "
                           "message_id BIGINT REFERENCES messages(id) ON DELETE SET NULL, "
                           "flagged_at BIGINT NOT NULL)"),
        },
        {},
        {
            QStringLiteral("CREATE TRIGGER opt_out_intents_notify AFTER INSERT OR UPDATE OR DELETE ON "
                           "opt_out_intents FOR EACH ROW EXECUTE FUNCTION ringback_notify_change()"),
        },
    };
}

// The database stores codes, never sentences (DESIGN §6): what the automation decided about a
// call (how it was missed, what the policy did) and each history event become a code with JSON
// parameters, and a history event names who at the office did it. Each desk words them in its own
// language. Sentences older versions stored (English, Spanish, French) are converted where they
// are recognised and kept as code "legacy" otherwise; the sentence columns are emptied.
Migration schemaV10()
{
    return Migration{
        10,
        QStringLiteral("codes instead of sentences"),
        {
            QStringLiteral("ALTER TABLE timeline_events ADD COLUMN code TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE timeline_events ADD COLUMN params TEXT NOT NULL DEFAULT '{}'"),
            QStringLiteral("ALTER TABLE timeline_events ADD COLUMN actor TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN miss_reason TEXT"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN decision TEXT"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN decision_params TEXT"),
        },
        {},
        {},
        &LegacySentences::convert,
    };
}

// Settings that apply at once on every desk (DESIGN §6): the business's settings, hours, closures
// and templates tell the other desks when they change, through the change trigger of migration 4
// ("settings:0", "business_hours:0"...; PostgreSQL folds a transaction's identical payloads into
// one). The desk re-reads what changed and every view follows. On SQLite (one desk) nothing.
Migration schemaV12()
{
    return Migration{
        12,
        QStringLiteral("settings, hours and templates follow other desks"),
        {},
        {},
        {
            QStringLiteral("CREATE TRIGGER settings_notify AFTER INSERT OR UPDATE OR DELETE ON settings "
                           "FOR EACH ROW EXECUTE FUNCTION ringback_notify_change()"),
            QStringLiteral("CREATE TRIGGER business_hours_notify AFTER INSERT OR UPDATE OR DELETE ON "
                           "business_hours FOR EACH ROW EXECUTE FUNCTION ringback_notify_change()"),
            QStringLiteral("CREATE TRIGGER closures_notify AFTER INSERT OR UPDATE OR DELETE ON closures "
                           "FOR EACH ROW EXECUTE FUNCTION ringback_notify_change()"),
            QStringLiteral("CREATE TRIGGER templates_notify AFTER INSERT OR UPDATE OR DELETE ON templates "
                           "FOR EACH ROW EXECUTE FUNCTION ringback_notify_change()"),
        },
    };
}

// Who did it, and why a text failed, as codes (DESIGN §6). A staff reply names who wrote it
// (outbox.actor, carried to its "Reply sent" line). Why a text was not sent or not delivered is a
// code with parameters (the provider's error code, HTTP status and its own words as a raw detail),
// worded by each desk in its own language: outbox.last_error (+ last_error_params),
// messages.error_reason (error_code and error_message keep the provider's code and words), and
// blocked_numbers.reason (+ reason_params). Sentences earlier versions stored there in English,
// Spanish or French are converted (FailureSentences); any other text is kept as a raw detail.
Migration schemaV13()
{
    return Migration{
        13,
        QStringLiteral("who sent a reply, and failures as codes"),
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN actor TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN last_error_params TEXT"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN error_reason TEXT"),
            QStringLiteral("ALTER TABLE blocked_numbers ADD COLUMN reason_params TEXT"),
        },
        {},
        {},
        &FailureSentences::convert,
    };
}

// "Needs reply" (DESIGN §10): a conversation needs a reply when the customer spoke last. The
// lead carries since when the customer has been waiting: the first text they sent after our last
// text that went out (a failed or undelivered text answers nobody); NULL when we spoke last or
// nobody texted yet. Triggers on messages keep it in step on every insert, edit and delete,
// whichever process or desk writes (as the search index's do), so the inbox reads the queue,
// oldest wait first, from one index instead of a probe per conversation.
const QString kWaitingSince = QStringLiteral(
    "(SELECT MIN(i.created_at) FROM messages i WHERE i.lead_id = leads.id AND i.direction = 'inbound' "
    "AND i.created_at > COALESCE((SELECT MAX(o.created_at) FROM messages o WHERE o.lead_id = leads.id "
    "AND o.direction = 'outbound' AND o.status NOT IN ('failed', 'undelivered', 'canceled')), -1))");

const QString kNotSent = QStringLiteral("('failed', 'undelivered', 'canceled')");

// The common cases cost an index probe or two rather than a look at the whole conversation:
// - a text from the customer with nothing of ours at or after it: they wait since then, unless
//   they already waited since earlier;
// - a text of ours at or after the start of their wait: they now wait since their first text
//   after it (usually none).
// A change of direction, time, lead or of whether a text went out, and a deletion, look again.
QString insertedInbound(const QString& row)
{
    return QStringLiteral(
               "UPDATE leads SET waiting_since = %1.created_at WHERE id = %1.lead_id "
               "AND (waiting_since IS NULL OR waiting_since > %1.created_at) AND NOT EXISTS ("
               "SELECT 1 FROM messages o WHERE o.lead_id = %1.lead_id AND o.direction = 'outbound' "
               "AND o.created_at >= %1.created_at AND o.status NOT IN %2)")
        .arg(row, kNotSent);
}

QString insertedOutbound(const QString& row)
{
    return QStringLiteral("UPDATE leads SET waiting_since = (SELECT MIN(i.created_at) FROM messages i "
                          "WHERE i.lead_id = %1.lead_id AND i.direction = 'inbound' AND i.created_at > "
                          "%1.created_at) WHERE id = %1.lead_id AND waiting_since <= %1.created_at")
        .arg(row);
}

QString answeringChanged(const QString& older, const QString& newer, const QString& isNot)
{
    return QStringLiteral("%1.lead_id %3 %2.lead_id OR %1.direction %3 %2.direction OR %1.created_at %3 "
                          "%2.created_at OR (%1.status IN %4) %3 (%2.status IN %4)")
        .arg(older, newer, isNot, kNotSent);
}

// From migration 20 on, only a person's text ends a customer's wait: Ringback's own texts (an
// intake question queued for the customer's morning, a HELP answer, a text-back for a later call)
// answer nobody, so a customer Ringback is still questioning stays in Needs reply, with what the
// answers filled in, until someone at the office writes.
const QString kPersonAnswered = QStringLiteral("AND o.automated = 0 ");
const QString kWaitingSinceV20 =
    QString(kWaitingSince)
        .replace(QStringLiteral("AND o.direction = 'outbound' "),
                 QStringLiteral("AND o.direction = 'outbound' ") + kPersonAnswered);

QString insertedInboundV20(const QString& row)
{
    return insertedInbound(row).replace(QStringLiteral("AND o.direction = 'outbound' "),
                                        QStringLiteral("AND o.direction = 'outbound' ") + kPersonAnswered);
}

// The Needs reply triggers: SQLite's four, PostgreSQL's one function. `personOnly` (migration
// 20 on): only texts a person sent end a wait.
QString waitingSinceSql(bool personOnly)
{
    return personOnly ? kWaitingSinceV20 : kWaitingSince;
}

QString insertedInboundSql(const QString& row, bool personOnly)
{
    return personOnly ? insertedInboundV20(row) : insertedInbound(row);
}

const QString kLookAgain = QStringLiteral("UPDATE leads SET waiting_since = %1 WHERE id IN (%2) "
                                          "AND waiting_since %3 %1");

QStringList waitingTriggersSqlite(bool personOnly)
{
    return {
        QStringLiteral("CREATE TRIGGER messages_waiting_inbound AFTER INSERT ON messages "
                       "WHEN new.direction = 'inbound' BEGIN %1; END")
            .arg(insertedInboundSql(QStringLiteral("new"), personOnly)),
        QStringLiteral("CREATE TRIGGER messages_waiting_outbound AFTER INSERT ON messages "
                       "WHEN new.direction = 'outbound' %3AND new.status NOT IN %1 BEGIN %2; END")
            .arg(kNotSent, insertedOutbound(QStringLiteral("new")),
                 personOnly ? QStringLiteral("AND new.automated = 0 ") : QString()),
        QStringLiteral("CREATE TRIGGER messages_waiting_update AFTER UPDATE OF lead_id, direction, status, "
                       "created_at ON messages WHEN %1 BEGIN %2; END")
            .arg(answeringChanged(QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("IS NOT")),
                 kLookAgain.arg(waitingSinceSql(personOnly), QStringLiteral("old.lead_id, new.lead_id"),
                                QStringLiteral("IS NOT"))),
        QStringLiteral("CREATE TRIGGER messages_waiting_delete AFTER DELETE ON messages BEGIN %1; END")
            .arg(kLookAgain.arg(waitingSinceSql(personOnly), QStringLiteral("old.lead_id"),
                                QStringLiteral("IS NOT"))),
    };
}

QString waitingFunctionPostgres(bool personOnly)
{
    return QStringLiteral("CREATE %6FUNCTION ringback_note_waiting() RETURNS trigger LANGUAGE plpgsql AS $$ "
                          "BEGIN "
                          "IF TG_OP = 'INSERT' THEN "
                          "IF NEW.direction = 'inbound' THEN %1; "
                          "ELSIF NEW.status NOT IN %2 %7THEN %3; END IF; "
                          "RETURN NULL; END IF; "
                          "IF TG_OP = 'UPDATE' THEN IF NOT (%4) THEN RETURN NULL; END IF; END IF; "
                          "%5; "
                          "RETURN NULL; END $$")
        .arg(insertedInboundSql(QStringLiteral("NEW"), personOnly), kNotSent,
             insertedOutbound(QStringLiteral("NEW")),
             answeringChanged(QStringLiteral("OLD"), QStringLiteral("NEW"),
                              QStringLiteral("IS DISTINCT FROM")),
             kLookAgain.arg(waitingSinceSql(personOnly),
                            QStringLiteral("OLD.lead_id, CASE WHEN TG_OP = 'DELETE' THEN OLD.lead_id "
                                           "ELSE NEW.lead_id END"),
                            QStringLiteral("IS DISTINCT FROM")),
             personOnly ? QStringLiteral("OR REPLACE ") : QString(),
             personOnly ? QStringLiteral("AND NEW.automated = 0 ") : QString());
}

Migration schemaV14()
{
    return Migration{
        14,
        QStringLiteral("who is waiting for a reply"),
        {
            QStringLiteral("ALTER TABLE leads ADD COLUMN waiting_since BIGINT"),
            QStringLiteral("UPDATE leads SET waiting_since = ") + kWaitingSince,
            QStringLiteral("CREATE INDEX leads_waiting ON leads (waiting_since)"),
        },
        waitingTriggersSqlite(false),
        {
            waitingFunctionPostgres(false),
            QStringLiteral(
                "CREATE TRIGGER messages_waiting AFTER INSERT OR DELETE OR UPDATE OF lead_id, direction, "
                "status, created_at ON messages FOR EACH ROW EXECUTE FUNCTION ringback_note_waiting()"),
        },
    };
}

// Reply-waiting escalation (DESIGN §10): a text to the owner's mobile about a customer left waiting
// is an outbox row with no call, so the (call, kind) key cannot keep it to one. dedupe_key can:
// "owner_alert:<lead>:<waiting since>:<hour of the wait>" is the same in every process that
// decides it, and a second insert of it (a retry, another desk or a headless worker) changes
// nothing. NULL for every other text (both databases let a unique index hold many NULLs).
Migration schemaV15()
{
    return Migration{
        15,
        QStringLiteral("texts to the owner, once each"),
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN dedupe_key TEXT"),
            QStringLiteral("CREATE UNIQUE INDEX outbox_dedupe ON outbox (dedupe_key)"),
            QStringLiteral("CREATE INDEX outbox_lead_kind ON outbox (lead_id, kind, created_at)"),
        },
    };
}

// Who is texting (issue 21): every running automation worker writes a heartbeat row each cycle
// (holder id, desk label, machine, desk or always-on worker, whether it holds the sending role),
// and every desk reads them. A sending beat that follows a silence longer than the previous
// sender's freshness records the gap, so the owner sees the missed calls nobody texted.
Migration schemaV16()
{
    return Migration{
        16,
        QStringLiteral("sender heartbeats and gaps"),
        {
            QStringLiteral(R"(CREATE TABLE sender_heartbeats (
                holder TEXT PRIMARY KEY,
                label TEXT NOT NULL,
                machine TEXT NOT NULL,
                kind TEXT NOT NULL,
                sending INTEGER NOT NULL,
                running INTEGER NOT NULL,
                fresh_ms BIGINT NOT NULL,
                last_seen_at BIGINT NOT NULL,
                last_sending_at BIGINT))"),
            QStringLiteral("CREATE INDEX sender_heartbeats_sending ON sender_heartbeats (last_sending_at)"),
            QStringLiteral(R"(CREATE TABLE sender_gaps (
                id ${ID_PK},
                started_at BIGINT NOT NULL,
                ended_at BIGINT NOT NULL,
                ended_by TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX sender_gaps_time ON sender_gaps (started_at, ended_at)"),
        },
    };
}

// Fast paths (issue 17). A decision asks whether the caller was reached since (a call back is an
// outbound call *to* their number) and how many automatic texts went out in the last hour; a
// catch-up asks both thousands of times, and each was a walk over every call or every text ever
// stored.
Migration schemaV18()
{
    return Migration{
        18,
        QStringLiteral("indexes for catch-up and a bigger inbox"),
        {
            QStringLiteral("CREATE INDEX calls_to_started ON calls (to_number, started_at)"),
            QStringLiteral("CREATE INDEX outbox_kind_created ON outbox (kind, created_at)"),
        },
    };
}

// The dashboard's rollups (issue 17: 30 days over 100,000 calls in <= 150 ms). The figures that
// add up across calls (missed, texted, replied, at risk, why not texted, time to text in whole
// seconds) are kept per 15-minute UTC bucket of the calls' end: 15 minutes divides every UTC offset
// in use, so any local day of any zone, DST days included, is a whole number of buckets.
// DashboardRollups fills a bucket from the same grouped queries the raw figures use, and triggers
// mark a bucket dirty whenever something it counts may have changed (a call decided or re-polled
// with another outcome, its text-back's state, a text in the caller's conversation, a later call
// from or to the caller): triggers rather than code, so no write path, the worker's included, can
// forget. `gen` grows with every mark, so a refresh that read a bucket before a newer mark keeps it
// dirty. Also the indexes for the leads figures (covering), staff answers and call-backs (partial).
const QString kMarkDirty = QStringLiteral("INSERT INTO dashboard_dirty (bucket, gen) SELECT %1, 0 %2 "
                                          "ON CONFLICT (bucket) DO UPDATE SET gen = dashboard_dirty.gen + 1");

// PostgreSQL refuses an upsert that meets the same key twice in one statement: DISTINCT there.
// SQLite takes the repeats one by one, and its DISTINCT would build a temporary table per row
// written (0.4 ms a call instead of 4 us).
QString distinctForPostgres(QString body)
{
    return body.replace(QStringLiteral("INSERT INTO dashboard_dirty (bucket, gen) SELECT "),
                        QStringLiteral("INSERT INTO dashboard_dirty (bucket, gen) SELECT DISTINCT "));
}

// The buckets of the missed calls of `number` (a caller) that ended no later than `until`.
QString callerBuckets(const QString& number, const QString& until)
{
    return kMarkDirty.arg(QStringLiteral("c.ended_at / 900000"),
                          QStringLiteral("FROM calls c WHERE c.from_number = %1 AND c.verdict = 'missed' "
                                         "AND c.ended_at IS NOT NULL AND c.ended_at <= %2")
                              .arg(number, until));
}

QString callBucket(const QString& row)
{
    return kMarkDirty.arg(QStringLiteral("%1.ended_at / 900000").arg(row),
                          QStringLiteral("FROM (SELECT 1 AS one) x WHERE %1.ended_at IS NOT NULL").arg(row));
}

QString textBackBucket(const QString& row)
{
    return kMarkDirty.arg(
        QStringLiteral("c.ended_at / 900000"),
        QStringLiteral("FROM calls c WHERE c.id = %1.call_id AND c.ended_at IS NOT NULL").arg(row));
}

// Every missed call of the conversation's caller (a reply or any text of ours may change
// "replied" and "at risk").
QString conversationBuckets(const QString& row)
{
    return kMarkDirty.arg(
        QStringLiteral("c.ended_at / 900000"),
        QStringLiteral("FROM leads l JOIN calls c ON c.from_number = l.e164 WHERE l.id = %1.lead_id "
                       "AND c.verdict = 'missed' AND c.ended_at IS NOT NULL")
            .arg(row));
}

const QString kCallChanged = QStringLiteral(
    "%1.verdict %3 %2.verdict OR %1.decision %3 %2.decision OR %1.decision_params %3 %2.decision_params "
    "OR %1.ended_at %3 %2.ended_at OR %1.parent_provider_call_id %3 %2.parent_provider_call_id "
    "OR %1.direction %3 %2.direction OR %1.from_number %3 %2.from_number OR %1.to_number %3 %2.to_number");

const QString kOutboxChanged =
    QStringLiteral("%1.state %3 %2.state OR %1.call_id %3 %2.call_id OR %1.kind %3 %2.kind "
                   "OR %1.updated_at %3 %2.updated_at OR %1.message_id %3 %2.message_id");

const QString kMessageChanged =
    QStringLiteral("%1.status %3 %2.status OR %1.sent_at %3 %2.sent_at OR %1.created_at %3 %2.created_at "
                   "OR %1.lead_id %3 %2.lead_id OR %1.direction %3 %2.direction");

// A call marks its own bucket and, as a later call from the caller (answered) or to them (a
// call-back), the buckets of their earlier missed calls.
QString callMarks(const QString& row)
{
    return callBucket(row) + QStringLiteral("; ") +
           callerBuckets(QStringLiteral("%1.from_number").arg(row), QStringLiteral("%1.ended_at").arg(row)) +
           QStringLiteral("; ") +
           callerBuckets(QStringLiteral("%1.to_number").arg(row), QStringLiteral("%1.ended_at").arg(row));
}

Migration schemaV19()
{
    const QString isNot = QStringLiteral("IS NOT");
    const QString distinct = QStringLiteral("IS DISTINCT FROM");
    const QString oldRow = QStringLiteral("old"), newRow = QStringLiteral("new");
    const QString OLD = QStringLiteral("OLD"), NEW = QStringLiteral("NEW");
    return Migration{
        19,
        QStringLiteral("dashboard rollups"),
        {
            QStringLiteral("CREATE TABLE dashboard_dirty (bucket BIGINT PRIMARY KEY, gen BIGINT NOT NULL)"),
            QStringLiteral(R"(CREATE TABLE dashboard_buckets (
                bucket BIGINT PRIMARY KEY,
                missed BIGINT NOT NULL,
                texted BIGINT NOT NULL,
                replied BIGINT NOT NULL,
                at_risk BIGINT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE dashboard_reasons (
                bucket BIGINT NOT NULL,
                decision TEXT NOT NULL,
                params TEXT NOT NULL,
                state TEXT NOT NULL,
                n BIGINT NOT NULL,
                PRIMARY KEY (bucket, decision, params, state)))"),
            QStringLiteral(R"(CREATE TABLE dashboard_delays (
                bucket BIGINT NOT NULL,
                delay_s BIGINT NOT NULL,
                n BIGINT NOT NULL,
                PRIMARY KEY (bucket, delay_s)))"),
            QStringLiteral(
                "CREATE INDEX timeline_kind_time_lead ON timeline_events (kind, occurred_at, lead_id)"),
            QStringLiteral("CREATE INDEX messages_staff_answers ON messages (created_at) "
                           "WHERE direction = 'outbound' AND automated = 0"),
            QStringLiteral("CREATE INDEX calls_outbound_to ON calls (to_number, ended_at) "
                           "WHERE direction = 'outbound'"),
            QStringLiteral("INSERT INTO dashboard_dirty (bucket, gen) SELECT DISTINCT ended_at / 900000, 0 "
                           "FROM calls WHERE verdict = 'missed' AND ended_at IS NOT NULL"),
        },
        {
            QStringLiteral("CREATE TRIGGER calls_dashboard_insert AFTER INSERT ON calls BEGIN %1; END")
                .arg(callMarks(newRow)),
            QStringLiteral("CREATE TRIGGER calls_dashboard_update AFTER UPDATE ON calls WHEN %1 "
                           "BEGIN %2; %3; END")
                .arg(kCallChanged.arg(oldRow, newRow, isNot), callMarks(oldRow), callMarks(newRow)),
            QStringLiteral("CREATE TRIGGER calls_dashboard_delete AFTER DELETE ON calls BEGIN %1; END")
                .arg(callBucket(oldRow)),
            QStringLiteral("CREATE TRIGGER outbox_dashboard_insert AFTER INSERT ON outbox "
                           "WHEN new.kind = 'textback' BEGIN %1; END")
                .arg(textBackBucket(newRow)),
            QStringLiteral("CREATE TRIGGER outbox_dashboard_update AFTER UPDATE ON outbox WHEN %1 "
                           "BEGIN %2; %3; END")
                .arg(kOutboxChanged.arg(oldRow, newRow, isNot), textBackBucket(oldRow),
                     textBackBucket(newRow)),
            QStringLiteral("CREATE TRIGGER outbox_dashboard_delete AFTER DELETE ON outbox BEGIN %1; END")
                .arg(textBackBucket(oldRow)),
            QStringLiteral("CREATE TRIGGER messages_dashboard_insert AFTER INSERT ON messages BEGIN %1; END")
                .arg(conversationBuckets(newRow)),
            QStringLiteral("CREATE TRIGGER messages_dashboard_update AFTER UPDATE ON messages WHEN %1 "
                           "BEGIN %2; %3; END")
                .arg(kMessageChanged.arg(oldRow, newRow, isNot), conversationBuckets(oldRow),
                     conversationBuckets(newRow)),
            QStringLiteral("CREATE TRIGGER messages_dashboard_delete AFTER DELETE ON messages BEGIN %1; END")
                .arg(conversationBuckets(oldRow)),
        },
        {
            QStringLiteral(
                "CREATE FUNCTION ringback_dashboard_calls() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "BEGIN "
                "IF TG_OP = 'UPDATE' THEN IF NOT (%1) THEN RETURN NULL; END IF; END IF; "
                "IF TG_OP <> 'INSERT' THEN %2; END IF; "
                "IF TG_OP <> 'DELETE' THEN %3; END IF; "
                "RETURN NULL; END $$")
                .arg(kCallChanged.arg(OLD, NEW, distinct), distinctForPostgres(callMarks(OLD)),
                     distinctForPostgres(callMarks(NEW))),
            QStringLiteral("CREATE TRIGGER calls_dashboard AFTER INSERT OR UPDATE OR DELETE ON calls "
                           "FOR EACH ROW EXECUTE FUNCTION ringback_dashboard_calls()"),
            QStringLiteral(
                "CREATE FUNCTION ringback_dashboard_outbox() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "BEGIN "
                "IF TG_OP = 'UPDATE' THEN IF NOT (%1) THEN RETURN NULL; END IF; END IF; "
                "IF TG_OP <> 'INSERT' THEN %2; END IF; "
                "IF TG_OP <> 'DELETE' THEN %3; END IF; "
                "RETURN NULL; END $$")
                .arg(kOutboxChanged.arg(OLD, NEW, distinct), distinctForPostgres(textBackBucket(OLD)),
                     distinctForPostgres(textBackBucket(NEW))),
            QStringLiteral("CREATE TRIGGER outbox_dashboard AFTER INSERT OR UPDATE OR DELETE ON outbox "
                           "FOR EACH ROW EXECUTE FUNCTION ringback_dashboard_outbox()"),
            QStringLiteral(
                "CREATE FUNCTION ringback_dashboard_messages() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "BEGIN "
                "IF TG_OP = 'UPDATE' THEN IF NOT (%1) THEN RETURN NULL; END IF; END IF; "
                "IF TG_OP <> 'INSERT' THEN %2; END IF; "
                "IF TG_OP <> 'DELETE' THEN %3; END IF; "
                "RETURN NULL; END $$")
                .arg(kMessageChanged.arg(OLD, NEW, distinct), distinctForPostgres(conversationBuckets(OLD)),
                     distinctForPostgres(conversationBuckets(NEW))),
            QStringLiteral("CREATE TRIGGER messages_dashboard AFTER INSERT OR UPDATE OR DELETE ON messages "
                           "FOR EACH ROW EXECUTE FUNCTION ringback_dashboard_messages()"),
        },
    };
}

// Intake by text (DESIGN §11): what the caller's answers told the lead card (the address as typed,
// when they want us, the day that means, photos received, urgent), the photos each text carried,
// and where each lead's questions stand (lead_intake: the question last asked and when, whether
// the one move on after silence was used, and why it ended). Urgent leads head Needs reply, so
// the queue's index leads with the flag.
Migration schemaV20()
{
    return Migration{
        20,
        QStringLiteral("intake questions and urgent leads"),
        {
            QStringLiteral("ALTER TABLE leads ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE leads ADD COLUMN job_when TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE leads ADD COLUMN job_date TEXT"),
            QStringLiteral("ALTER TABLE leads ADD COLUMN photo_count INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE leads ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE messages ADD COLUMN media_count INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(R"(CREATE TABLE lead_intake (
                lead_id BIGINT PRIMARY KEY REFERENCES leads (id) ON DELETE CASCADE,
                state TEXT NOT NULL,
                asked TEXT,
                asked_at BIGINT,
                moved_on INTEGER NOT NULL DEFAULT 0,
                ended_by TEXT,
                last_message_id BIGINT,
                started_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX lead_intake_asking ON lead_intake (state, asked_at)"),
            QStringLiteral("CREATE INDEX leads_urgent_waiting ON leads (urgent DESC, waiting_since)"),
            QStringLiteral("UPDATE leads SET waiting_since = ") + kWaitingSinceV20,
        },
        QStringList{QStringLiteral("DROP TRIGGER messages_waiting_inbound"),
                    QStringLiteral("DROP TRIGGER messages_waiting_outbound"),
                    QStringLiteral("DROP TRIGGER messages_waiting_update"),
                    QStringLiteral("DROP TRIGGER messages_waiting_delete")} +
            waitingTriggersSqlite(true),
        {waitingFunctionPostgres(true)},
    };
}

// Photos and files sent with texts (DESIGN §11): each inbound text with media has its Media list
// asked for once (media_listings: done, or the tries so far and when to try again), and each file
// listed is fetched and kept here, so every desk can show it and it outlives the provider's copy.
Migration schemaV21()
{
    return Migration{
        21,
        QStringLiteral("photos sent with texts"),
        {
            QStringLiteral(R"(CREATE TABLE message_media (
                id ${ID_PK},
                message_id BIGINT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                provider_media_id TEXT NOT NULL UNIQUE,
                content_type TEXT NOT NULL,
                location TEXT NOT NULL,
                state TEXT NOT NULL,
                content ${BLOB},
                byte_size BIGINT NOT NULL DEFAULT 0,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_try_at BIGINT NOT NULL DEFAULT 0,
                failure TEXT,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX message_media_message ON message_media (message_id, position)"),
            QStringLiteral("CREATE INDEX message_media_due ON message_media (state, next_try_at)"),
            QStringLiteral(R"(CREATE TABLE media_listings (
                message_id BIGINT PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
                listed INTEGER NOT NULL DEFAULT 0,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_try_at BIGINT NOT NULL DEFAULT 0,
                updated_at BIGINT NOT NULL))"),
            // The few texts with media, found without reading every message.
            QStringLiteral("CREATE INDEX messages_with_media ON messages (id) WHERE media_count > 0"),
        },
    };
}

// Line type before the first text (issue 19): what a lookup said of a number (Twilio Lookup v2),
// kept 180 days so each number is looked up once.
Migration schemaV22()
{
    return Migration{
        22,
        QStringLiteral("line types looked up before the first text"),
        {
            QStringLiteral(R"(CREATE TABLE line_types (
                e164 TEXT PRIMARY KEY,
                line_type TEXT NOT NULL,
                carrier TEXT NOT NULL DEFAULT '',
                source TEXT NOT NULL,
                checked_at BIGINT NOT NULL))"),
        },
    };
}

// Send later (issue 19): a staff reply a person asked to go at a chosen moment. scheduled_for is
// that moment (NULL for every other text); not_before starts equal to it and moves with back-off
// like any row's. A row that is pending, scheduled and not yet tried is what the thread shows as
// "Scheduled for Tue 8:00", and the only kind of row Edit and Cancel may change.
Migration schemaV23()
{
    return Migration{
        23,
        QStringLiteral("texts a person scheduled"),
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN scheduled_for BIGINT"),
        },
    };
}

// WhatsApp beside SMS (issue 20): each text's channel as a code, and what the outbox sends on it
// (a WhatsApp template by its Content SID and variables). A person is one number whatever the
// channel, so leads and conversations do not change. The index finds a lead's last inbound
// WhatsApp message, which opens the 24-hour window.
Migration schemaV24()
{
    return Migration{
        24,
        QStringLiteral("whatsapp channel"),
        {
            QStringLiteral("ALTER TABLE messages ADD COLUMN channel TEXT NOT NULL DEFAULT 'sms'"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'sms'"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN content_sid TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN content_variables TEXT"),
            QStringLiteral(
                "CREATE INDEX messages_lead_channel ON messages (lead_id, channel, direction, created_at)"),
        },
    };
}

// WhatsApp text-back (issue 20, point 4): a text-back sent on WhatsApp keeps the SMS it stands for
// (its words and the business number the caller rang), sent instead only when WhatsApp definitely
// refused or failed to deliver it. NULL on every other row. The fallback is a row of its own, keyed
// by the WhatsApp row through dedupe_key, so it is queued at most once.
Migration schemaV25()
{
    return Migration{
        25,
        QStringLiteral("whatsapp text-back falls back to sms"),
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN fallback_body TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN fallback_from TEXT"),
        },
    };
}

} // namespace

const QList<Migration>& Migrator::migrations()
{
    static const QList<Migration> all{schemaV1(),  schemaV2(),  schemaV3(),  schemaV4(),  schemaV5(),
                                      schemaV6(),  schemaV7(),  schemaV8(),  schemaV9(),  schemaV10(),
                                      schemaV12(), schemaV13(), schemaV14(), schemaV15(), schemaV16(),
                                      schemaV18(), schemaV19(), schemaV20(), schemaV21(), schemaV22(),
                                      schemaV23(), schemaV24(), schemaV25()};
    return all;
}

int Migrator::latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

StoreResult<int> Migrator::migrate(Database& db, int upTo)
{
    // Two desks starting at once against a new shared database: one migrates, the other waits and
    // then finds every step applied. (SQLite's BEGIN IMMEDIATE serialises the steps by itself.)
    const SqlDialect& dialect = db.dialect();
    if (dialect.hasAdvisoryLocks()) {
        if (auto r = db.exec(dialect.lockStatement(SqlDialect::Lock::Migrations)); !r)
            return r.error();
    }
    auto migrated = migrateSteps(db, upTo);
    if (dialect.hasAdvisoryLocks()) {
        // The lock is the session's: if the unlock fails the connection is broken and the server
        // drops the lock with it. The outcome of the migration is what the caller needs.
        (void)db.exec(dialect.unlockStatement(SqlDialect::Lock::Migrations));
    }
    return migrated;
}

StoreResult<int> Migrator::migrateSteps(Database& db, int upTo)
{
    auto created = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                          "version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                                          "applied_at BIGINT NOT NULL)"));
    if (!created)
        return created.error();

    int reached = 0;
    for (const Migration& m : migrations()) {
        if (m.version > upTo)
            break;
        Transaction tx(db);
        if (!tx.began())
            return tx.began().error();
        // Read inside the write transaction: another process may have migrated meanwhile.
        auto current =
            db.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version = ?"), {m.version});
        if (!current)
            return current.error();
        Statement q = std::move(current).value();
        const bool applied = q.next() && q.value(0).toInt() > 0;
        q.finish();
        if (applied) {
            reached = m.version;
            continue;
        }
        QStringList statements = m.statements;
        statements += db.dialect().kind() == SqlDialect::Kind::Sqlite ? m.sqliteOnly : m.postgresOnly;
        for (const QString& statement : statements) {
            if (auto r = db.exec(db.dialect().expand(statement)); !r)
                return r.error();
        }
        if (m.convert) {
            if (auto r = m.convert(db); !r)
                return r.error();
        }
        auto recorded = db.exec(
            QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"),
            {m.version, m.description, QDateTime::currentMSecsSinceEpoch()});
        if (!recorded)
            return recorded.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        qCInfo(lcStore) << "applied migration" << m.version << m.description;
        reached = m.version;
    }
    return reached;
}

} // namespace ringback
