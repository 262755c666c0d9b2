// Moving a desk's SQLite store into an empty shared PostgreSQL database: every row of every table
// arrives with its id, new ids continue after the copied ones, the SQLite file is untouched, and a
// shared database already in use is refused without a change.
#include "TempDatabase.h"
#include "store/StoreMigrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlRecord>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

// Every row of `table` as text, ordered by all columns: the same on both backends when nothing
// was lost or changed.
QStringList dump(Database& db, const QString& table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    std::sort(names.begin(), names.end());
    QStringList rows;
    auto q = db.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(QLatin1String(", ")), table));
    if (!q)
        return {QStringLiteral("error: ") + q.error().detail};
    while (q->next()) {
        QStringList cells;
        for (int i = 0; i < names.size(); ++i)
            cells << (q->value(i).isNull() ? QStringLiteral("NULL") : q->value(i).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    rows.sort();
    return rows;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

// A desk that has been in use: rows in every table, ids with gaps (deleted rows), NULLs, and text
// that needs quoting.
void fill(Database& db)
{
    const QStringList statements{
        "INSERT INTO provider_accounts (id, provider, account_ref, friendly_name, base_url, created_at) "
        "VALUES (1, 'twilio', 'AC1', 'Ortiz Plumbing', NULL, 1000)",
        "INSERT INTO business_numbers (id, account_id, e164, friendly_name, sms_capable, watched) "
        "VALUES (1, 1, '+15125550100', 'Main line', 1, 1)",
        "INSERT INTO staff (id, name, active) VALUES (1, 'Maria', 1), (4, 'Dan O''Neil', 0)",
        "INSERT INTO settings (key, value, updated_at) VALUES ('business/name', 'Ortiz \"Best\" Plumbing', "
        "5)",
        "INSERT INTO sync_state (key, value, updated_at) VALUES ('watermark/calls', '1700000000000', 6)",
        "INSERT INTO leases (name, holder, expires_at) VALUES ('automation', 'old desk (pid 1 on pc)', 7)",
        "INSERT INTO templates (id, role, name, body, updated_at) VALUES (2, 'text_back', 'default', "
        "'Hi, this is {business}. Sorry we missed your call!', 8)",
        "INSERT INTO business_hours (id, weekday, opens_minute, closes_minute) VALUES (1, 1, 480, 1020)",
        "INSERT INTO closures (id, day, label, opens_minute, closes_minute) VALUES (1, '2026-12-25', "
        "'Christmas', NULL, NULL)",
        "INSERT INTO opt_outs (e164, source, keyword, created_at) VALUES ('+15125550199', 'sms', 'STOP', 9)",
        "INSERT INTO blocked_numbers (e164, kind, reason, created_at) VALUES ('+15125550666', 'spam', NULL, "
        "9)",
    };
    for (const QString& s : statements)
        QVERIFY2(db.exec(s).ok(), qPrintable(s));
    for (int i = 1; i <= 40; ++i) {
        const qint64 id = i * 3; // gaps, as after deletions
        QVERIFY(db.exec(QStringLiteral("INSERT INTO calls (id, provider_call_id, direction, from_number, "
                                       "to_number, status, started_at, ended_at, duration_s, first_seen_at, "
                                       "updated_at, verdict) VALUES (?, ?, 'inbound', ?, '+15125550100', "
                                       "'no-answer', ?, ?, 0, ?, ?, 'missed')"),
                        {id, QStringLiteral("CA%1").arg(id), QStringLiteral("+1512555%1").arg(2000 + i),
                         1000 + i, 1025 + i, 1030 + i, 1030 + i})
                    .ok());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO leads (id, e164, display_name, status, place, unread, "
                                       "assigned_staff_id, last_activity_at, created_at, updated_at) "
                                       "VALUES (?, ?, ?, 'texted', 'Austin, TX', ?, ?, ?, ?, ?)"),
                        {id, QStringLiteral("+1512555%1").arg(2000 + i), QStringLiteral("Caller %1").arg(i),
                         i % 2, i % 5 == 0 ? QVariant(1) : QVariant(QMetaType(QMetaType::LongLong)), 2000 + i,
                         1030 + i, 2000 + i})
                    .ok());
        QVERIFY(
            db.exec(QStringLiteral("INSERT INTO outbox (id, call_id, lead_id, kind, to_number, from_number, "
                                   "body, state, attempts, not_before, provider_message_id, created_at, "
                                   "updated_at) VALUES (?, ?, ?, 'text_back', ?, '+15125550100', "
                                   "'Sorry we missed your call', 'sent', 1, ?, ?, ?, ?)"),
                    {id, id, id, QStringLiteral("+1512555%1").arg(2000 + i), 1030 + i,
                     QStringLiteral("SM%1").arg(id), 1030 + i, 1031 + i})
                .ok());
        QVERIFY(
            db.exec(QStringLiteral("INSERT INTO messages (id, provider_message_id, lead_id, direction, "
                                   "from_number, to_number, body, status, automated, created_at, updated_at, "
                                   "outbox_id) VALUES (?, ?, ?, 'outbound', '+15125550100', ?, "
                                   "'Sorry we missed your call', 'sent', 1, ?, ?, ?)"),
                    {id, QStringLiteral("SM%1").arg(id), id, QStringLiteral("+1512555%1").arg(2000 + i),
                     1030 + i, 1031 + i, id})
                .ok());
        QVERIFY(db.exec(QStringLiteral(
                            "INSERT INTO timeline_events (id, lead_id, kind, detail, call_id, "
                            "message_id, occurred_at) VALUES (?, ?, 'texted', 'Texted back', ?, ?, ?)"),
                        {id, id, id, id, 1031 + i})
                    .ok());
    }
    // Tables of later migrations: a reply that looks like an opt-out, a record set aside.
    QVERIFY(db.exec(QStringLiteral("INSERT INTO opt_out_intents (e164, lead_id, message_id, flagged_at) "
                                   "VALUES ('+15125552003', 3, 3, 1100)"))
                .ok());
    QVERIFY(
        db.exec(QStringLiteral("INSERT INTO set_aside_records (id, kind, record_key, provider_id, reason, "
                               "field, excerpt, first_seen_at, last_seen_at, seen_count) VALUES (1, "
                               "'call', 'CA9', 'CA9', 'absurd-date', 'end_time', '', 1200, 1300, 2)"))
            .ok());
    // Issue 21: a gap when nobody was texting is history and moves; the heartbeats stay behind.
    QVERIFY(db.exec(QStringLiteral("INSERT INTO sender_gaps (id, started_at, ended_at, ended_by) VALUES "
                                   "(4, 1400, 1500, 'office-server headless (pid 2 on office-server)')"))
                .ok());
    // Intake (issue 18): where a lead's questions stand moves with the lead.
    QVERIFY(db.exec(QStringLiteral("INSERT INTO lead_intake (lead_id, state, asked, asked_at, moved_on, "
                                   "last_message_id, started_at, updated_at) VALUES (6, 'asking', 'address', "
                                   "1600, 0, 6, 1590, 1600)"))
                .ok());
    // Photos (issue 18): the file itself moves, byte for byte, with its text.
    QVERIFY(db.exec(QStringLiteral("INSERT INTO media_listings (message_id, listed, attempts, next_try_at, "
                                   "updated_at) VALUES (6, 1, 0, 0, 1700)"))
                .ok());
    QVERIFY(
        db.exec(QStringLiteral("INSERT INTO message_media (id, message_id, position, provider_media_id, "
                               "content_type, location, state, content, byte_size, created_at, updated_at) "
                               "VALUES (1, 6, 0, 'ME1', 'image/jpeg', '/m/ME1', 'kept', ?, 5, 1700, 1700)"),
                {QByteArray("\xff\xd8\x00\x01\xff", 5)})
            .ok());
    // Issue 19: a number's line type, looked up once, moves too (no second paid lookup).
    QVERIFY(db.exec(QStringLiteral("INSERT INTO line_types (e164, line_type, carrier, source, checked_at) "
                                   "VALUES ('+15125550147', 'landline', 'AT&T', 'lookup', 1700)"))
                .ok());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO sender_heartbeats (holder, label, machine, kind, sending, "
                                   "running, fresh_ms, last_seen_at, last_sending_at) VALUES ('old desk (pid "
                                   "1 on pc)', 'old desk', 'pc', 'desk', 1, 1, 35000, 1500, 1500)"))
                .ok());
}

} // namespace

class TestStoreMigrator : public QObject
{
    Q_OBJECT
private slots:
    void movesEveryRowWithItsId();
    void refusesASharedDatabaseInUse();
};

void TestStoreMigrator::movesEveryRowWithItsId()
{
    TempDatabase desk(SqlDialect::Kind::Sqlite, QStringLiteral("desk"));
    QVERIFY2(desk.ok(), qPrintable(desk.errorText()));
    fill(desk.db());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(desk.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    const QByteArray before = fileHash(desk.path());
    TempDatabase shared(SqlDialect::Kind::Postgres, QStringLiteral("shared"));
    QVERIFY2(shared.ok(), qPrintable(shared.errorText()));

    auto moved = StoreMigrator::copy(desk.db(), shared.db());
    QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().message + moved.error().detail));
    QCOMPARE(moved->totalRows(), qint64(11 + 5 * 40 + 7)); // the lease and the heartbeat stay behind

    QStringList tables;
    for (const auto& [table, rows] : moved->rowsPerTable)
        tables << table;
    for (const char* table : {"provider_accounts",
                              "business_numbers",
                              "calls",
                              "staff",
                              "leads",
                              "outbox",
                              "messages",
                              "timeline_events",
                              "opt_outs",
                              "blocked_numbers",
                              "templates",
                              "business_hours",
                              "closures",
                              "settings",
                              "sync_state",
                              "opt_out_intents",
                              "set_aside_records",
                              "sender_gaps",
                              "lead_intake",
                              "media_listings",
                              "message_media",
                              "line_types"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QVERIFY(!tables.contains(QLatin1String("leases")));
    QVERIFY(!tables.contains(QLatin1String("sender_heartbeats")));
    for (const QString& table : tables) {
        const QStringList here = dump(desk.db(), table);
        QVERIFY2(!here.isEmpty(), qPrintable(table));
        QCOMPARE(dump(shared.db(), table), here);
    }
    QCOMPARE(fileHash(desk.path()), before); // the desk's file is the backup, unchanged

    // New records on the shared database get ids after the copied ones.
    auto next = shared.db().exec(QStringLiteral("INSERT INTO staff (name) VALUES ('New hire') RETURNING id"));
    QVERIFY(next && next->next());
    QCOMPARE(next->value(0).toLongLong(), qint64(5));
    next->finish();
    auto call =
        shared.db().exec(QStringLiteral("INSERT INTO leads (e164, last_activity_at, created_at, updated_at) "
                                        "VALUES ('+15125559999', 1, 1, 1) RETURNING id"));
    QVERIFY(call && call->next());
    QCOMPARE(call->value(0).toLongLong(), qint64(121));
}

void TestStoreMigrator::refusesASharedDatabaseInUse()
{
    TempDatabase desk(SqlDialect::Kind::Sqlite, QStringLiteral("desk"));
    QVERIFY(desk.ok());
    QVERIFY(desk.db().exec(QStringLiteral("INSERT INTO staff (name) VALUES ('Maria')")).ok());
    TempDatabase shared(SqlDialect::Kind::Postgres, QStringLiteral("shared"));
    QVERIFY(shared.ok());
    QVERIFY(shared.db().exec(QStringLiteral("INSERT INTO staff (name) VALUES ('Someone else')")).ok());

    auto moved = StoreMigrator::copy(desk.db(), shared.db());
    QVERIFY(!moved.ok());
    QVERIFY2(moved.error().message.contains(QLatin1String("already holds")),
             qPrintable(moved.error().message));
    QCOMPARE(dump(shared.db(), QStringLiteral("staff")).size(), 1);
}

QTEST_GUILESS_MAIN(TestStoreMigrator)
#include "tst_storemigrator.moc"
