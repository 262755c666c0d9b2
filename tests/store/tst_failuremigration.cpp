// Migration 13 (issue 15, item 4): why a text failed was stored as a sentence in the language of
// the desk that wrote it (outbox.last_error, messages.error_message, blocked_numbers.reason, a
// failed text's history line). They become codes with parameters, worded by each desk; sentences
// that are not recognised are kept so nothing is lost.

#include "TempDatabase.h"
#include "domain/FactWording.h"
#include "store/FailureSentences.h"
#include "store/MessageStore.h"
#include "store/Migrations.h"
#include "store/OutboxStore.h"
#include "store/SqlValues.h"
#include "store/TimelineStore.h"

#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

qint64 insertId(Database& db, const QString& sql, const QVariantList& args)
{
    auto r = db.exec(sql, args);
    if (!r || !r->next())
        qFatal("insert failed: %s", qPrintable(r ? sql : r.error().detail));
    const qint64 id = r->value(0).toLongLong();
    r->finish();
    return id;
}

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// As a version before migration 13 wrote them, from desks in three languages.
struct OldRows
{
    qint64 lead = 0;
    QList<qint64> outbox;
    QList<qint64> messages;
    qint64 failedLine = 0;
    qint64 unknownLine = 0;
};

const QStringList& outboxErrors()
{
    static const QStringList errors{
        text("Not delivered: Twilio says this phone number is not valid or cannot receive texts. (provider "
             "error 21211)"),
        text("No entregado: Esta persona se dio de baja de los SMS de su número, así que Twilio no se los "
             "entregará. (error del proveedor 21610)"),
        text("api.twilio.com n'a pas répondu en 20 secondes ; Ringback va réessayer."), // a retry's reason
        QStringLiteral("not-approved"),
        QStringLiteral("Not delivered: Something a newer version said (provider error 12345)"),
        QStringLiteral("Whatever this is"),
    };
    return errors;
}

const QStringList& messageErrors()
{
    static const QStringList errors{
        text("Non envoyé : l'appelant s'est désinscrit"),
        text("Según Twilio, este número de teléfono no es válido o no puede recibir SMS."),
        QStringLiteral("Unknown destination handset"), // the provider's own words, from its log
    };
    return errors;
}

OldRows insertOldRows(Database& db)
{
    OldRows rows;
    rows.lead =
        insertId(db,
                 QStringLiteral("INSERT INTO leads (e164, last_activity_at, created_at, updated_at) VALUES "
                                "('+15125550147', 0, 0, 0) RETURNING id"),
                 {});
    for (const QString& error : outboxErrors()) {
        rows.outbox << insertId(
            db,
            QStringLiteral(
                "INSERT INTO outbox (lead_id, kind, to_number, from_number, body, state, not_before, "
                "last_error, created_at, updated_at) VALUES (?, 'reply', '+15125550147', "
                "'+15125550100', 'Hello', 'failed', 0, ?, 0, 0) RETURNING id"),
            {rows.lead, error});
    }
    int n = 0;
    for (const QString& error : messageErrors()) {
        rows.messages << insertId(
            db,
            QStringLiteral("INSERT INTO messages (provider_message_id, lead_id, direction, from_number, "
                           "to_number, body, status, error_code, error_message, automated, created_at, "
                           "updated_at) VALUES (?, ?, 'outbound', '+15125550100', '+15125550147', 'Hello', "
                           "'failed', ?, ?, 0, 0, 0) RETURNING id"),
            {QStringLiteral("SMold%1").arg(++n), rows.lead,
             n == 3 ? QVariant(30003) : sql::nullOf(QMetaType::Int), error});
    }
    const auto block = [&db](const char* number, const QString& reason) {
        QVERIFY(
            db.exec(QStringLiteral("INSERT INTO blocked_numbers (e164, kind, reason, created_at) VALUES (?, "
                                   "'cannot_text', ?, 0)"),
                    {QString::fromLatin1(number), reason})
                .ok());
    };
    block("+15125550148", text("El operador indicó que el número no puede recibir SMS (30006)"));
    block("+15125550149",
          QStringLiteral("Twilio says this phone number is not valid or cannot receive texts."));
    block("+15125550150", QStringLiteral("Blocked by hand long ago"));
    // A failed text's line as migration 10 (or a later send) left it: the sentence in "message".
    rows.failedLine = insertId(
        db,
        QStringLiteral("INSERT INTO timeline_events (lead_id, kind, code, params, occurred_at) VALUES (?, "
                       "'send_failed', 'provider_error', ?, 1) RETURNING id"),
        {rows.lead, sql::params({{QStringLiteral("message"),
                                  text("Selon Twilio, ce numéro de téléphone n'est pas valide ou ne peut pas "
                                       "recevoir de SMS.")},
                                 {QStringLiteral("error"), 21211}})});
    rows.unknownLine = insertId(
        db,
        QStringLiteral("INSERT INTO timeline_events (lead_id, kind, code, params, occurred_at) VALUES (?, "
                       "'send_failed', 'provider_error', ?, 2) RETURNING id"),
        {rows.lead, sql::params({{QStringLiteral("message"), QStringLiteral("Número no válido")},
                                 {QStringLiteral("error"), 21211}})});
    return rows;
}

QVariantMap paramsOf(Database& db, const QString& sql, const QVariant& key)
{
    auto q = db.exec(sql, {key});
    if (!q || !q->next())
        return {{QStringLiteral("missing"), true}};
    const QVariantMap params = sql::toParams(q->value(0));
    q->finish();
    return params;
}

void checkConverted(Database& db, const OldRows& rows)
{
    OutboxStore outbox(db);
    struct Expected
    {
        QString code;
        QVariantMap params;
    };
    const QList<Expected> outboxExpected{
        {QStringLiteral("invalid_number"), {{QStringLiteral("error"), 21211}}},
        {QStringLiteral("opted_out"), {{QStringLiteral("error"), 21610}}},
        {QStringLiteral("timeout"), {}},
        {QStringLiteral("not_approved"), {}},
        {QStringLiteral("rejected"),
         {{QStringLiteral("error"), 12345},
          {QStringLiteral("detail"), QStringLiteral("Something a newer version said")}}},
        {FactWording::legacyCode(), {{QStringLiteral("text"), QStringLiteral("Whatever this is")}}},
    };
    for (qsizetype i = 0; i < rows.outbox.size(); ++i) {
        const OutboxItem item = outbox.byId(rows.outbox.at(i)).value().value();
        QCOMPARE(item.lastError, outboxExpected.at(i).code);
        QCOMPARE(item.lastErrorParams, outboxExpected.at(i).params);
    }

    MessageStore messages(db);
    const Message optedOut = messages.byId(rows.messages.at(0)).value().value();
    QCOMPARE(optedOut.errorReason, QStringLiteral("opted_out_before_send"));
    QVERIFY(optedOut.errorMessage.isEmpty()); // the sentence is gone
    const Message invalid = messages.byId(rows.messages.at(1)).value().value();
    QCOMPARE(invalid.errorReason, QStringLiteral("invalid_number"));
    QCOMPARE(invalid.errorCode, std::optional<int>(21211));
    QVERIFY(invalid.errorMessage.isEmpty());
    // The provider's own words stay what they are.
    const Message provider = messages.byId(rows.messages.at(2)).value().value();
    QVERIFY(provider.errorReason.isEmpty());
    QCOMPARE(provider.errorMessage, QStringLiteral("Unknown destination handset"));

    const auto reason = [&db](const char* number) {
        auto q = db.exec(QStringLiteral("SELECT reason FROM blocked_numbers WHERE e164 = ?"),
                         {QString::fromLatin1(number)});
        QString out;
        if (q && q->next())
            out = q->value(0).toString();
        return out;
    };
    const QString blockParams = QStringLiteral("SELECT reason_params FROM blocked_numbers WHERE e164 = ?");
    QCOMPARE(reason("+15125550148"), QStringLiteral("carrier_error"));
    QCOMPARE(paramsOf(db, blockParams, QStringLiteral("+15125550148")),
             QVariantMap({{QStringLiteral("error"), 30006}}));
    QCOMPARE(reason("+15125550149"), QStringLiteral("invalid_number"));
    QCOMPARE(reason("+15125550150"), FactWording::legacyCode());
    QCOMPARE(paramsOf(db, blockParams, QStringLiteral("+15125550150")),
             QVariantMap({{QStringLiteral("text"), QStringLiteral("Blocked by hand long ago")}}));

    const QString lineParams = QStringLiteral("SELECT params FROM timeline_events WHERE id = ?");
    QCOMPARE(paramsOf(db, lineParams, rows.failedLine),
             QVariantMap({{QStringLiteral("reason"), QStringLiteral("invalid_number")},
                          {QStringLiteral("error"), 21211}}));
    // Not a sentence Ringback wrote: the line keeps it, and shows it as before.
    QCOMPARE(paramsOf(db, lineParams, rows.unknownLine).value(QStringLiteral("message")).toString(),
             QStringLiteral("Número no válido"));

    // Worded again, in this (English) desk's words, whichever desk wrote them.
    const FactWording words;
    QCOMPARE(words.sendFailure(outboxExpected.at(1).code, outboxExpected.at(1).params),
             QStringLiteral(
                 "This person has opted out of texts from your number, so Twilio will not deliver them."));
    QCOMPARE(words.sendFailure(QStringLiteral("opted_out_before_send")),
             QStringLiteral("Not sent: the caller opted out"));
    const QList<TimelineEvent> events = TimelineStore(db).forLead(rows.lead).value();
    QCOMPARE(events.size(), 2);
    QCOMPARE(
        words.event(events.at(0)),
        QStringLiteral("Not delivered: Twilio says this phone number is not valid or cannot receive texts."));
}

} // namespace

class TestFailureMigration : public QObject
{
    Q_OBJECT
private slots:
    void sentencesBecomeCodes_data();
    void sentencesBecomeCodes();
    void aVersion12FileIsConvertedWhenOpened();
};

void TestFailureMigration::sentencesBecomeCodes_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("detail");
    const auto row = [](const char* name, const char* sentence, const char* code, int error,
                        const char* detail) {
        QTest::newRow(name) << QString::fromUtf8(sentence) << QString::fromUtf8(code) << error
                            << QString::fromUtf8(detail);
    };
    row("failed, English, known code",
        "Not delivered: Twilio says this phone number is not valid or cannot receive texts. (provider error "
        "21211)",
        "invalid_number", 21211, "");
    row("failed, French, opted out at the provider",
        "Non remis : Cette personne s'est désinscrite des SMS de votre numéro, Twilio ne les lui remettra "
        "donc "
        "pas. (erreur de l'opérateur 21610)",
        "opted_out", 21610, "");
    row("failed, English, refused with the provider's words",
        "Not delivered: Twilio refused the request (error 21602): Message body is required. (provider error "
        "21602)",
        "rejected", 21602, "Message body is required.");
    row("failed, Spanish, timeout (plural)",
        "No entregado: api.twilio.com no respondió en 1 segundo; Ringback lo intentará de nuevo.", "timeout",
        0, "");
    row("failed, English, unknown provider sentence", "Not delivered: Queue overflow (provider error 30001)",
        "rejected", 30001, "Queue overflow");
    row("retry, English, server trouble",
        "Twilio is having trouble right now (HTTP 503), so Ringback will try again.", "server_error", 0, "");
    row("retry, demo, busy", "The phone provider is busy; trying again shortly.", "rate_limited", 20429, "");
    row("cancelled, Spanish", "No enviado: la persona se dio de baja", "opted_out_before_send", 0, "");
    row("gave up, French", "L'opérateur téléphonique n'a pas accepté le SMS.", "not_taken", 0, "");
    row("carrier, English", "The carrier reported the number cannot receive texts (30006)", "carrier_error",
        30006, "");
    row("not ours", "Unknown destination handset", "", 0, "");
}

void TestFailureMigration::sentencesBecomeCodes()
{
    QFETCH(QString, sentence);
    QFETCH(QString, code);
    QFETCH(int, error);
    QFETCH(QString, detail);
    const auto coded = FailureSentences::recognise(sentence);
    QCOMPARE(coded.has_value(), !code.isEmpty());
    if (!coded)
        return;
    QCOMPARE(coded->code, code);
    QCOMPARE(coded->params.value(QStringLiteral("error")).toInt(), error);
    QCOMPARE(coded->params.value(QStringLiteral("detail")).toString(), detail);
}

// A store an earlier Ringback left (schema 12, sentences in three languages) is converted when
// this version opens it; on PostgreSQL the same conversion runs on rows written in the old columns.
void TestFailureMigration::aVersion12FileIsConvertedWhenOpened()
{
    if (TestBackend::postgres()) {
        TempDatabase t;
        QVERIFY2(t.ok(), qPrintable(t.errorText()));
        const OldRows rows = insertOldRows(t.db());
        Transaction tx(t.db());
        QVERIFY(tx.began().ok());
        QVERIFY(FailureSentences::convert(t.db()).ok());
        QVERIFY(tx.commit().ok());
        checkConverted(t.db(), rows);
        return;
    }
    QTemporaryDir dir;
    OldRows rows;
    auto opened = openedAfterVersion(dir.filePath(QStringLiteral("old.sqlite")), 12,
                                     [&rows](Database& old) { rows = insertOldRows(old); });
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    QCOMPARE(opened.value()->schemaVersion(), Migrator::latestVersion());
    checkConverted(*opened.value(), rows);
}

QTEST_GUILESS_MAIN(TestFailureMigration)
#include "tst_failuremigration.moc"
