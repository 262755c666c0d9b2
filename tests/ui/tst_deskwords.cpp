// Two desks in different languages on one database (issue 15, item 4): a Spanish desk and a French
// desk each decide some missed calls; each then shows every call's outcome, the lead's history and
// the dashboard's reasons in its own language, whichever desk decided, and the dashboard counts a
// reason once whatever language the deciding desk spoke (DESIGN §6: codes, never sentences).

#include "ScriptedProvider.h"
#include "TempDatabase.h"
#include "automation/MissedCallProcessor.h"
#include "automation/OutboxSender.h"
#include "automation/QueuedText.h"
#include "calls/CallLogModel.h"
#include "common/Clock.h"
#include "conversation/LeadTimelineModel.h"
#include "conversation/ThreadModel.h"
#include "phone/PhoneNumberService.h"
#include "providers/twilio/TwilioErrorCodes.h"
#include "reports/DashboardReport.h"
#include "reports/ReportPeriod.h"
#include "store/CallStore.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "store/OutboxStore.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QTranslator>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

namespace {
const QDateTime kT0(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);
const QDateTime kAutomationOn = kT0.addSecs(3600);
const QString kBusiness = QStringLiteral("+15125550100");

void storeCall(Database& db, const QString& id, const QString& from, CallStatus status,
               const QDateTime& ended)
{
    Call c;
    c.providerCallId = id;
    c.direction = CallDirection::Inbound;
    c.fromNumber = from;
    c.toNumber = kBusiness;
    c.status = status;
    c.startedAt = ended.addSecs(-30);
    c.endedAt = ended;
    QVERIFY(CallStore(db).upsert(c, ended).ok());
}

// A desk: its own connection to the shared store and its language, installed while it works (the
// application's translator, as LanguageLoader installs it).
struct Desk
{
    Desk(Database& database, const QString& language)
        : db(database)
    {
        loaded = translator.load(QStringLiteral(":/i18n/ringback_") + language);
    }
    void speak() { QCoreApplication::installTranslator(&translator); }
    void quiet() { QCoreApplication::removeTranslator(&translator); }

    // Decides the calls waiting, as its worker would.
    void decide(const Clock& clock, const PhoneNumberService& phone)
    {
        speak();
        MissedCallProcessor processor(db, phone, clock);
        PolicyConfig policy;
        policy.automationEnabledSince = kAutomationOn;
        processor.setRules(ClassifierConfig{}, policy);
        QVERIFY(processor.processPending().ok());
        quiet();
    }

    QStringList outcomes(const PhoneNumberService& phone)
    {
        speak();
        CallLogModel model(db, phone);
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, CallLogModel::OutcomeColumn).data().toString();
        quiet();
        out.sort();
        return out;
    }

    QStringList history(qint64 leadId)
    {
        speak();
        LeadTimelineModel model(db);
        model.setLead(leadId);
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row).data(LeadTimelineModel::DetailRole).toString();
        quiet();
        return out;
    }

    // How the thread shows a text's delivery.
    QString status(qint64 messageId)
    {
        speak();
        const QString shown = ThreadModel::statusText(MessageStore(db).byId(messageId).value().value());
        quiet();
        return shown;
    }

    QList<LabelledCount> reasons()
    {
        speak();
        auto figures = DashboardReport(db).compute(
            ReportPeriod::days(kT0.date().addDays(-1), kT0.date().addDays(1), QTimeZone::utc()),
            QTimeZone::utc());
        quiet();
        return figures ? figures->notTexted : QList<LabelledCount>();
    }

    Database& db;
    QTranslator translator;
    bool loaded = false;
};
} // namespace

class TestDeskWords : public QObject
{
    Q_OBJECT
private slots:
    void eachDeskWordsReasonsInItsOwnLanguage();
    void eachDeskWordsWhyATextFailed();
};

void TestDeskWords::eachDeskWordsReasonsInItsOwnLanguage()
{
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    auto second = Database::open(t.location(), QStringLiteral("french desk"));
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().detail));
    Desk spanish(t.db(), QStringLiteral("es"));
    Desk french(*second.value(), QStringLiteral("fr"));
    QVERIFY(spanish.loaded && french.loaded);
    const PhoneNumberService phone;
    ManualClock clock(kAutomationOn.addSecs(600));

    // The Spanish desk decides a call from before Ringback started and a withheld caller...
    storeCall(t.db(), QStringLiteral("CA1"), QStringLiteral("+15125550147"), CallStatus::NoAnswer, kT0);
    storeCall(t.db(), QStringLiteral("CA2"), QStringLiteral("anonymous"), CallStatus::Busy,
              kT0.addSecs(7200));
    spanish.decide(clock, phone);
    // ...the French desk the same two kinds of call, later.
    storeCall(t.db(), QStringLiteral("CA3"), QStringLiteral("+15125550148"), CallStatus::NoAnswer,
              kT0.addSecs(60));
    storeCall(t.db(), QStringLiteral("CA4"), QStringLiteral("restricted"), CallStatus::Busy,
              kT0.addSecs(7260));
    clock.advanceSecs(600);
    french.decide(clock, phone);

    // Each desk words every call, whoever decided it, in its own language.
    const QString esHistory = QStringLiteral("Llamada perdida: nadie contestó. Sin SMS: perdida antes de que "
                                             "Ringback se iniciara");
    const QString esWithheld =
        QStringLiteral("Llamada perdida: la línea estaba ocupada. Sin SMS: el número estaba oculto");
    const QString frHistory =
        QStringLiteral("Appel manqué : personne n'a répondu. Pas de SMS : manqué avant le "
                       "démarrage de Ringback");
    const QString frWithheld =
        QStringLiteral("Appel manqué : la ligne était occupée. Pas de SMS : le numéro était masqué");
    QCOMPARE(spanish.outcomes(phone), (QStringList{esWithheld, esWithheld, esHistory, esHistory}));
    QCOMPARE(french.outcomes(phone), (QStringList{frWithheld, frWithheld, frHistory, frHistory}));

    // The lead card's history of the caller the French desk decided, on the Spanish desk.
    const qint64 lead = LeadStore(t.db()).byNumber(QStringLiteral("+15125550148")).value()->id;
    QCOMPARE(spanish.history(lead), QStringList{esHistory});
    QCOMPARE(french.history(lead), QStringList{frHistory});

    // The dashboard: two reasons, each counted twice (once per desk), each in the desk's words.
    const QList<LabelledCount> es = spanish.reasons();
    const QList<LabelledCount> fr = french.reasons();
    QCOMPARE(es.size(), 2);
    QCOMPARE(fr.size(), 2);
    QStringList esLabels, frLabels;
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(es.at(i).count, 2);
        QCOMPARE(fr.at(i).count, 2);
        esLabels << es.at(i).label;
        frLabels << fr.at(i).label;
    }
    esLabels.sort();
    frLabels.sort();
    QCOMPARE(esLabels, (QStringList{QStringLiteral("Sin SMS: el número estaba oculto"),
                                    QStringLiteral("Sin SMS: perdida antes de que Ringback se iniciara")}));
    QCOMPARE(frLabels, (QStringList{QStringLiteral("Pas de SMS : le numéro était masqué"),
                                    QStringLiteral("Pas de SMS : manqué avant le démarrage de Ringback")}));
}

// Seen (issue 15, item 4): why a text was not delivered was stored as the sending desk's sentence
// (outbox.last_error, messages.error_message, the history line), so the French desk read Spanish.
void TestDeskWords::eachDeskWordsWhyATextFailed()
{
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    auto second = Database::open(t.location(), QStringLiteral("french desk"));
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().detail));
    Desk spanish(t.db(), QStringLiteral("es"));
    Desk french(*second.value(), QStringLiteral("fr"));
    QVERIFY(spanish.loaded && french.loaded);
    ManualClock clock(kAutomationOn);
    const QString caller = QStringLiteral("+15125550147");
    const Lead lead = LeadStore(t.db()).findOrCreate(caller, QStringLiteral("Austin, TX"), kT0).value();

    // The Spanish desk's worker sends a reply; the provider refuses the number (21211), saying so
    // in its own words, and the error's sentence comes in the desk's language (as the mapper's does).
    OutboxItem reply;
    reply.leadId = lead.id;
    reply.kind = OutboxKind::Reply;
    reply.toNumber = caller;
    reply.fromNumber = kBusiness;
    reply.body = QStringLiteral("We can come at 3");
    const auto queued = enqueueText(t.db(), reply, false, clock.nowUtc());
    QVERIFY(queued.ok());
    const qint64 message = OutboxStore(t.db()).byId(queued->id).value().value().messageId.value();
    spanish.speak();
    ScriptedProvider provider;
    provider.clock = &clock;
    ProviderError refused = ScriptedProvider::error(ProviderError::Kind::InvalidNumber, 21211);
    refused.httpStatus = 400;
    refused.message = TwilioErrorCodes::describe(21211);
    refused.providerMessage = QStringLiteral("Invalid 'To' Phone Number");
    provider.sendErrors.enqueue(refused);
    OutboxSender sender(t.db(), provider, clock, QStringLiteral("spanish desk"));
    QSignalSpy finished(&sender, &OutboxSender::finished);
    sender.run();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10'000);
    spanish.quiet();
    QVERIFY(provider.sent.isEmpty());

    // Each desk says why, in its own words, on the lead's history and under the text in the thread.
    const QString es = QStringLiteral(
        "No entregado: Según Twilio, este número de teléfono no es válido o no puede recibir SMS.");
    const QString fr = QStringLiteral(
        "Non remis : Selon Twilio, ce numéro de téléphone n'est pas valide ou ne peut pas recevoir de SMS.");
    QCOMPARE(spanish.history(lead.id), QStringList{es});
    QCOMPARE(french.history(lead.id), QStringList{fr});
    QCOMPARE(spanish.status(message), es);
    QCOMPARE(french.status(message), fr);
}

QTEST_MAIN(TestDeskWords)
#include "tst_deskwords.moc"
