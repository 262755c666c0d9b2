// TextingReadiness: how a business number is classed (libphonenumber), and the table of account
// states -> the one sentence the office reads about its texts to US numbers.
#include "phone/PhoneNumberService.h"
#include "providers/TextingReadiness.h"
#include "providers/VoipProvider.h"

#include <QtTest>

using namespace ringback;

Q_DECLARE_METATYPE(ringback::NumberClass)
Q_DECLARE_METATYPE(ringback::Readiness)
Q_DECLARE_METATYPE(ringback::TextingCompliance)

namespace {

const QString kLocal = QStringLiteral("+15125550100");
const QString kLocalId = QStringLiteral("PN00000000000000000000000000000001");
const QString kTollFree = QStringLiteral("+18002752273");
const QString kTollFreeId = QStringLiteral("PN00000000000000000000000000000002");

const QString kReady = QStringLiteral("Ready to text US numbers");
const QString kWaiting =
    QStringLiteral("Registered, waiting for approval (usually 1-3 weeks); texts to US numbers "
                   "may be blocked until then");
const QString kNotRegistered =
    QStringLiteral("Not registered: US carriers block these texts; register in the Twilio console "
                   "(https://www.twilio.com/docs/messaging/compliance/a2p-10dlc)");

// An account described in a few words: brand statuses ("APPROVED,FAILED"), the campaign status of
// a service that sends from the local number ("-": no such service; "" a service without a
// campaign), whether that service says it is registered, and the toll-free number's verification.
TextingCompliance account(const QString& brands, const QString& campaign, bool registered,
                          const QString& tollFree)
{
    TextingCompliance a;
    for (const QString& status : brands.split(QLatin1Char(','), Qt::SkipEmptyParts))
        a.brands.append({QStringLiteral("BN%1").arg(a.brands.size()), status});
    // A service that holds another number only: never decides for ours.
    MessagingService other;
    other.sid = QStringLiteral("MGother");
    other.campaigns.append({QStringLiteral("QEother"), {}, QStringLiteral("VERIFIED")});
    other.numbers.append(QStringLiteral("+15125550199"));
    a.services.append(other);
    if (campaign != QLatin1String("-")) {
        MessagingService s;
        s.sid = QStringLiteral("MGours");
        s.usA2pRegistered = registered;
        if (!campaign.isEmpty())
            s.campaigns.append({QStringLiteral("QEours"), QStringLiteral("BN0"), campaign});
        s.numberIds.append(kLocalId);
        a.services.append(s);
    }
    if (!tollFree.isEmpty())
        a.tollFree.append({QStringLiteral("HH1"), kTollFreeId, tollFree});
    a.tollFree.append({QStringLiteral("HH2"), QStringLiteral("PNelse"), QStringLiteral("TWILIO_APPROVED")});
    return a;
}

} // namespace

class TestTextingReadiness : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void decide_data();
    void decide();
    void everySentenceIsOneLine();
    void providerWithoutRegistry();
};

void TestTextingReadiness::classify_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<NumberClass>("expected");
    QTest::newRow("Austin local") << kLocal << NumberClass::UsLocal;
    QTest::newRow("Hawaii local") << QStringLiteral("+18089255327") << NumberClass::UsLocal;
    QTest::newRow("toll-free 800") << kTollFree << NumberClass::UsTollFree;
    QTest::newRow("toll-free 888") << QStringLiteral("+18882804331") << NumberClass::UsTollFree;
    QTest::newRow("Canada, same +1") << QStringLiteral("+16135550123") << NumberClass::Other;
    QTest::newRow("London") << QStringLiteral("+442071838750") << NumberClass::Other;
    QTest::newRow("not a number") << QStringLiteral("+1512") << NumberClass::Other;
}

void TestTextingReadiness::classify()
{
    QFETCH(QString, number);
    QFETCH(NumberClass, expected);
    const PhoneNumberService phones;
    QCOMPARE(TextingReadiness::classify(phones, number), expected);
}

void TestTextingReadiness::decide_data()
{
    QTest::addColumn<NumberClass>("numberClass");
    QTest::addColumn<TextingCompliance>("state");
    QTest::addColumn<Readiness>("expected");
    QTest::addColumn<QString>("sentenceStart");

    const auto local = NumberClass::UsLocal;
    const auto tollFree = NumberClass::UsTollFree;
    // 10DLC
    QTest::newRow("brand approved, campaign verified")
        << local << account("APPROVED", "VERIFIED", true, {}) << Readiness::Ready << kReady;
    QTest::newRow("campaign verified, lower case")
        << local << account("APPROVED", "verified", true, {}) << Readiness::Ready << kReady;
    QTest::newRow("registered service, campaign not listed")
        << local << account("APPROVED", "", true, {}) << Readiness::Ready << kReady;
    QTest::newRow("campaign pending")
        << local << account("APPROVED", "PENDING", false, {}) << Readiness::AwaitingApproval << kWaiting;
    QTest::newRow("campaign in progress")
        << local << account("APPROVED", "IN_PROGRESS", false, {}) << Readiness::AwaitingApproval << kWaiting;
    QTest::newRow("brand in review, campaign pending")
        << local << account("IN_REVIEW", "PENDING", false, {}) << Readiness::AwaitingApproval << kWaiting;
    QTest::newRow("nothing at all") << local << account({}, "-", false, {}) << Readiness::NotRegistered
                                    << kNotRegistered;
    QTest::newRow("a service without a campaign, no brand")
        << local << account({}, "", false, {}) << Readiness::NotRegistered << kNotRegistered;
    QTest::newRow("brand approved, number in no campaign")
        << local << account("APPROVED", "-", false, {}) << Readiness::NotInCampaign
        << QStringLiteral("Brand registered, but this number is in no approved campaign");
    QTest::newRow("brand pending, no campaign yet")
        << local << account("PENDING", "-", false, {}) << Readiness::NotInCampaign
        << QStringLiteral("Brand registered, but this number is in no approved campaign");
    QTest::newRow("campaign failed") << local << account("APPROVED", "FAILED", false, {})
                                     << Readiness::RegistrationFailed
                                     << QStringLiteral("Registration rejected or suspended");
    QTest::newRow("campaign suspended")
        << local << account("APPROVED", "SUSPENDED", false, {}) << Readiness::RegistrationFailed
        << QStringLiteral("Registration rejected or suspended");
    QTest::newRow("brand failed, no campaign")
        << local << account("FAILED", "-", false, {}) << Readiness::RegistrationFailed
        << QStringLiteral("Registration rejected or suspended");
    QTest::newRow("toll-free records do not register a local number")
        << local << account({}, "-", false, "TWILIO_APPROVED") << Readiness::NotRegistered << kNotRegistered;
    // Toll-free
    QTest::newRow("toll-free approved")
        << tollFree << account({}, "-", false, "TWILIO_APPROVED") << Readiness::Ready << kReady;
    QTest::newRow("toll-free pending review")
        << tollFree << account({}, "-", false, "PENDING_REVIEW") << Readiness::TollFreePending
        << QStringLiteral("Toll-free verification submitted, waiting for approval");
    QTest::newRow("toll-free in review")
        << tollFree << account({}, "-", false, "IN_REVIEW") << Readiness::TollFreePending
        << QStringLiteral("Toll-free verification submitted, waiting for approval");
    QTest::newRow("toll-free rejected")
        << tollFree << account({}, "-", false, "TWILIO_REJECTED") << Readiness::TollFreeRejected
        << QStringLiteral("Toll-free verification rejected: US carriers block these texts");
    QTest::newRow("toll-free never submitted")
        << tollFree << account("APPROVED", "VERIFIED", true, {}) << Readiness::TollFreeNotVerified
        << QStringLiteral("Toll-free number not verified: US carriers block these texts; verify it in the "
                          "Twilio console (https://www.twilio.com/docs/messaging/compliance/toll-free/");
    // Elsewhere
    QTest::newRow("not a US number") << NumberClass::Other << account({}, "-", false, {}) << Readiness::NotUs
                                     << QStringLiteral("Not a US number, so US registration does not apply");
}

void TestTextingReadiness::decide()
{
    QFETCH(NumberClass, numberClass);
    QFETCH(TextingCompliance, state);
    QFETCH(Readiness, expected);
    QFETCH(QString, sentenceStart);

    ProviderNumber number;
    number.providerId = numberClass == NumberClass::UsTollFree ? kTollFreeId : kLocalId;
    number.e164 = numberClass == NumberClass::UsTollFree ? kTollFree : kLocal;
    const NumberReadiness got = TextingReadiness::decide(number, numberClass, state);
    QCOMPARE(got.readiness, expected);
    QCOMPARE(got.e164, number.e164);
    const QString sentence = TextingReadiness::sentence(got.readiness);
    QVERIFY2(sentence.startsWith(sentenceStart), qPrintable(sentence));
    QCOMPARE(TextingReadiness::isBlocking(got.readiness),
             expected != Readiness::Ready && expected != Readiness::NotUs);
}

void TestTextingReadiness::everySentenceIsOneLine()
{
    for (int r = int(Readiness::Ready); r <= int(Readiness::NotUs); ++r) {
        const QString s = TextingReadiness::sentence(Readiness(r));
        QVERIFY2(!s.isEmpty() && !s.contains(QLatin1Char('\n')), qPrintable(QString::number(r)));
    }
}

// A provider that keeps no registration (the default) says so, and the report does not call the
// numbers unregistered.
void TestTextingReadiness::providerWithoutRegistry()
{
    class Bare : public VoipProvider
    {
    public:
        QString kind() const override { return QStringLiteral("bare"); }
        void verifyCredentials(Done<AccountInfo>) override {}
        void listNumbers(Done<QList<ProviderNumber>>) override {}
        void listCalls(const CallQuery&, Done<QList<Call>>) override {}
        void listMessages(const MessageQuery&, Done<QList<Message>>) override {}
        void sendMessage(const OutgoingMessage&, Done<SentMessage>) override {}
        void fetchMessage(const QString&, Done<Message>) override {}
        void listLiveCalls(const QStringList&, Done<QList<Call>>) override {}
        void fetchCall(const QString&, Done<Call>) override {}
    } bare;
    std::optional<ReadinessReport> report;
    ProviderNumber n;
    n.e164 = kLocal;
    TextingReadiness::check(bare, {n}, [&report](const ReadinessReport& r) { report = r; });
    QVERIFY(!report); // never from inside the call
    QVERIFY(QTest::qWaitFor([&report] { return report.has_value(); }, 5000));
    QVERIFY(!report->applies);
    QVERIFY(report->numbers.isEmpty());
    QVERIFY(
        report->failure.startsWith(QLatin1String("This provider does not report a texting registration")));
}

QTEST_GUILESS_MAIN(TestTextingReadiness)
#include "tst_textingreadiness.moc"
