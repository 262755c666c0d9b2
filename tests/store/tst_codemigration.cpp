// Migration 10 (issue 15, item 4): the sentences earlier versions stored as data (a call's
// verdict_detail, a history event's detail), in whatever language the deciding desk spoke, become
// codes with parameters; text that is not recognised is kept, as code "legacy".

#include "TempDatabase.h"
#include "domain/FactWording.h"
#include "store/CallStore.h"
#include "store/LegacySentences.h"
#include "store/Migrations.h"
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

// As a version before migration 10 wrote them.
struct OldRows
{
    QList<qint64> calls;
    qint64 lead = 0;
};

const QStringList& verdictSentences()
{
    static const QStringList sentences{
        // English, as written by an English desk.
        QStringLiteral(
            "Missed call: the line was busy. Not texted: a landline cannot receive texts, call them back"),
        // Spanish and French desks (the translations those versions shipped).
        QStringLiteral(
            "Llamada perdida: la línea estaba ocupada. Sin SMS: un fijo no puede recibir SMS, devuelva la "
            "llamada"),
        QStringLiteral("Appel manqué : personne n'a répondu. Texted back"),
        QStringLiteral("Missed call: nobody answered. Something a newer version said"),
        QStringLiteral("Answered call"),
        QStringLiteral("Gibberish from who knows where"),
    };
    return sentences;
}

OldRows insertOldRows(Database& db)
{
    OldRows rows;
    int n = 0;
    for (const QString& sentence : verdictSentences()) {
        const bool answered = sentence == QLatin1String("Answered call");
        rows.calls << insertId(
            db,
            QStringLiteral("INSERT INTO calls (provider_call_id, direction, from_number, to_number, "
                           "status, ended_at, first_seen_at, updated_at, verdict, verdict_detail) "
                           "VALUES (?, 'inbound', '+15125550147', '+15125550100', 'busy', ?, ?, ?, "
                           "?, ?) RETURNING id"),
            {QStringLiteral("CA-old-%1").arg(++n), n * 1000, n * 1000, n * 1000,
             answered ? QStringLiteral("answered") : QStringLiteral("missed"), sentence});
    }
    rows.lead =
        insertId(db,
                 QStringLiteral("INSERT INTO leads (e164, last_activity_at, created_at, updated_at) VALUES "
                                "('+15125550147', 0, 0, 0) RETURNING id"),
                 {});
    const QList<QPair<QString, QString>> events{
        {QStringLiteral("call_missed"), QStringLiteral("Missed call: the line was busy")},
        {QStringLiteral("not_texted"), QStringLiteral("Not texted: missed before Ringback started")},
        {QStringLiteral("not_texted"), QStringLiteral("Sin SMS: perdida antes de que Ringback se iniciara")},
        {QStringLiteral("texted"), QStringLiteral("SMS envoyé")},
        {QStringLiteral("send_failed"),
         QStringLiteral("No entregado: Número no válido (error del proveedor 21211)")},
        {QStringLiteral("opted_out"), QStringLiteral("Désinscrit des SMS (a répondu STOP)")},
        {QStringLiteral("status_changed"),
         QStringLiteral("Movido de Nuevo a Reservado en el tablero de contactos")},
        {QStringLiteral("note"), QStringLiteral("Gate code 1234")},
    };
    int at = 0;
    for (const auto& [kind, detail] : events) {
        insertId(
            db,
            QStringLiteral(
                "INSERT INTO timeline_events (lead_id, kind, detail, call_id, occurred_at) VALUES (?, ?, "
                "?, ?, ?) RETURNING id"),
            {rows.lead, kind, detail,
             kind == QLatin1String("call_missed") ? QVariant(rows.calls.first())
                                                  : sql::nullOf(QMetaType::LongLong),
             ++at});
    }
    return rows;
}

void checkConverted(Database& db, const OldRows& rows)
{
    CallStore calls(db);
    struct Expected
    {
        QString missReason;
        QString decision;
        QString legacyText;
    };
    const QList<Expected> expected{
        {QStringLiteral("busy"), QStringLiteral("cannot_receive_sms"), {}},
        {QStringLiteral("busy"), QStringLiteral("cannot_receive_sms"), {}},
        {QStringLiteral("no_answer"), QStringLiteral("texted"), {}},
        {QStringLiteral("no_answer"), FactWording::legacyCode(),
         QStringLiteral("Something a newer version said")},
        {{}, {}, {}},
        {{}, FactWording::legacyCode(), QStringLiteral("Gibberish from who knows where")},
    };
    for (qsizetype i = 0; i < rows.calls.size(); ++i) {
        const Call call = calls.byId(rows.calls.at(i)).value().value();
        QCOMPARE(call.missReason, expected.at(i).missReason);
        QCOMPARE(call.decision, expected.at(i).decision);
        QCOMPARE(call.decisionParams.value(QStringLiteral("text")).toString(), expected.at(i).legacyText);
    }
    // No sentence is left in the data.
    auto left = db.exec(QStringLiteral("SELECT COUNT(*) FROM calls WHERE verdict_detail IS NOT NULL"));
    QVERIFY(left && left->next());
    QCOMPARE(left->value(0).toInt(), 0);
    left->finish();
    auto leftEvents = db.exec(QStringLiteral("SELECT COUNT(*) FROM timeline_events WHERE detail <> ''"));
    QVERIFY(leftEvents && leftEvents->next());
    QCOMPARE(leftEvents->value(0).toInt(), 0);
    leftEvents->finish();

    const QList<TimelineEvent> events = TimelineStore(db).forLead(rows.lead).value();
    QCOMPARE(events.size(), 8);
    QCOMPARE(events.at(0).code, QStringLiteral("busy"));
    QCOMPARE(events.at(1).code, QStringLiteral("history"));
    QCOMPARE(events.at(2).code, QStringLiteral("history")); // the Spanish desk's sentence: the same code
    QCOMPARE(events.at(3).code, QStringLiteral("textback"));
    QCOMPARE(events.at(4).code, QStringLiteral("provider_error"));
    QCOMPARE(events.at(4).params.value(QStringLiteral("message")).toString(),
             QStringLiteral("Número no válido"));
    QCOMPARE(events.at(4).params.value(QStringLiteral("error")).toInt(), 21211);
    QCOMPARE(events.at(5).code, QStringLiteral("keyword"));
    QCOMPARE(events.at(5).params.value(QStringLiteral("keyword")).toString(), QStringLiteral("STOP"));
    QCOMPARE(events.at(6).code, QStringLiteral("board"));
    QCOMPARE(events.at(6).params.value(QStringLiteral("from")).toString(), QStringLiteral("new"));
    QCOMPARE(events.at(6).params.value(QStringLiteral("to")).toString(), QStringLiteral("booked"));
    QCOMPARE(events.at(7).code, FactWording::legacyCode());
    QCOMPARE(events.at(7).params.value(QStringLiteral("text")).toString(), QStringLiteral("Gate code 1234"));

    // Worded again, in this (English) desk's words.
    const FactWording words;
    QCOMPARE(words.event(events.at(2)), QStringLiteral("Not texted: missed before Ringback started"));
    QCOMPARE(words.event(events.at(6)), QStringLiteral("Moved from New to Booked on the Leads board"));
    QCOMPARE(words.callOutcome(calls.byId(rows.calls.at(1)).value().value()),
             QStringLiteral(
                 "Missed call: the line was busy. Not texted: a landline cannot receive texts, call them "
                 "back"));
    QCOMPARE(words.callOutcome(calls.byId(rows.calls.at(5)).value().value()),
             QStringLiteral("Gibberish from who knows where"));
}

} // namespace

class TestCodeMigration : public QObject
{
    Q_OBJECT
private slots:
    void sentencesBecomeCodes_data();
    void sentencesBecomeCodes();
    void aVersion9FileIsConvertedWhenOpened();
};

void TestCodeMigration::sentencesBecomeCodes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("code");
    const auto row = [](const char* name, TimelineKind kind, const char* sentence, const char* code) {
        QTest::newRow(name) << int(kind) << QString::fromUtf8(sentence) << QString::fromUtf8(code);
    };
    row("missed, English", TimelineKind::CallMissed, "Missed call: the caller hung up during the greeting",
        "hung_up_on_greeting");
    row("missed, Spanish", TimelineKind::CallMissed, "Llamada perdida: nadie contestó", "no_answer");
    row("missed, French", TimelineKind::CallMissed, "Appel manqué : la ligne était occupée", "busy");
    row("decision, French", TimelineKind::NotTexted, "Pas de SMS : l'appelant s'est désinscrit des SMS",
        "opted_out");
    row("decision, unknown", TimelineKind::NotTexted, "Not texted: because", "legacy");
    row("help reply, Spanish", TimelineKind::Texted, "Respuesta de ayuda enviada", "help");
    row("opt-in, English", TimelineKind::OptedIn, "Opted back in to texts", "keyword");
    row("reply, French", TimelineKind::MessageReceived, "A répondu par SMS", "reply");
    row("carrier error, English", TimelineKind::SendFailed, "Text not delivered: Unreachable (error 30006)",
        "carrier_error");
    row("confirmed opt-out, Spanish", TimelineKind::OptedOut,
        "Se dio de baja de los SMS (su respuesta, confirmada en la oficina)", "confirmed_reply");
    row("board move with an unknown status", TimelineKind::StatusChanged,
        "Moved from New to Somewhere on the Leads board", "legacy");
}

void TestCodeMigration::sentencesBecomeCodes()
{
    QFETCH(int, kind);
    QFETCH(QString, sentence);
    QFETCH(QString, code);
    const LegacySentences::Coded coded = LegacySentences::timelineEvent(TimelineKind(kind), sentence);
    QCOMPARE(coded.code, code);
    if (code == FactWording::legacyCode())
        QCOMPARE(coded.params.value(QStringLiteral("text")).toString(), sentence);
}

// A store an earlier Ringback left (schema 9, sentences in three languages) is converted when
// this version opens it; on PostgreSQL the same conversion runs on rows written in the old columns.
void TestCodeMigration::aVersion9FileIsConvertedWhenOpened()
{
    if (TestBackend::postgres()) {
        TempDatabase t;
        QVERIFY2(t.ok(), qPrintable(t.errorText()));
        const OldRows rows = insertOldRows(t.db());
        Transaction tx(t.db());
        QVERIFY(tx.began().ok());
        QVERIFY(LegacySentences::convert(t.db()).ok());
        QVERIFY(tx.commit().ok());
        checkConverted(t.db(), rows);
        return;
    }
    QTemporaryDir dir;
    OldRows rows;
    auto opened = openedAfterVersion(dir.filePath(QStringLiteral("old.sqlite")), 9,
                                     [&rows](Database& old) { rows = insertOldRows(old); });
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    QCOMPARE(opened.value()->schemaVersion(), Migrator::latestVersion());
    checkConverted(*opened.value(), rows);
}

QTEST_GUILESS_MAIN(TestCodeMigration)
#include "tst_codemigration.moc"
