// TextBackPolicy: each rule of DESIGN §3, and which reason wins when several apply.
#include "automation/TextBackPolicy.h"
#include "phone/PhoneNumberService.h"

#include <QtTest>

using namespace ringback;

Q_DECLARE_METATYPE(ringback::PolicyInput)
Q_DECLARE_METATYPE(ringback::PolicyConfig)
Q_DECLARE_METATYPE(ringback::PolicyAction)
Q_DECLARE_METATYPE(ringback::PolicyReason)
Q_DECLARE_METATYPE(ringback::TextBackTemplate)

namespace {

const QDateTime kEnabled = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
const QDateTime kEnded = QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
const QString kBusiness = QStringLiteral("+15125550100");

PolicyConfig baseConfig()
{
    PolicyConfig c;
    c.automationEnabledSince = kEnabled;
    c.businessNumbers = {kBusiness};
    c.graceDelaySeconds = 0;
    return c;
}

PolicyInput input(const QString& callerId)
{
    static const PhoneNumberService phone(QStringLiteral("US"));
    PolicyInput in;
    in.call.providerCallId = QStringLiteral("CA1");
    in.call.direction = CallDirection::Inbound;
    in.call.fromNumber = callerId;
    in.call.toNumber = kBusiness;
    in.call.status = CallStatus::NoAnswer;
    in.call.startedAt = kEnded.addSecs(-25);
    in.call.endedAt = kEnded;
    in.firstSeenAt = kEnded.addSecs(4);
    in.now = kEnded.addSecs(5);
    in.caller.number = phone.parse(callerId);
    return in;
}

PolicyInput mobile()
{
    return input(QStringLiteral("+15125550147"));
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT
private slots:
    void decide_data();
    void decide();
    void graceDelaySetsNotBefore();
    void everyReasonHasWords();
};

void TestPolicy::decide_data()
{
    QTest::addColumn<PolicyConfig>("config");
    QTest::addColumn<PolicyInput>("in");
    QTest::addColumn<PolicyAction>("action");
    QTest::addColumn<PolicyReason>("reason");
    QTest::addColumn<TextBackTemplate>("role");

    using A = PolicyAction;
    using R = PolicyReason;
    using T = TextBackTemplate;
    const PolicyConfig cfg = baseConfig();

    QTest::newRow("mobile caller in business hours -> hours text")
        << cfg << mobile() << A::Send << R::None << T::BusinessHours;
    PolicyInput closed = mobile();
    closed.businessOpen = false;
    QTest::newRow("closed -> after-hours text") << cfg << closed << A::Send << R::None << T::AfterHours;

    // History and identity.
    PolicyInput history = mobile();
    history.call.endedAt = kEnabled.addSecs(-60);
    QTest::newRow("ended before automation was on: history")
        << cfg << history << A::Skip << R::History << T::BusinessHours;
    PolicyConfig never = cfg;
    never.automationEnabledSince = QDateTime();
    QTest::newRow("automation never switched on")
        << never << mobile() << A::Skip << R::History << T::BusinessHours;
    QTest::newRow("anonymous caller")
        << cfg << input(QStringLiteral("anonymous")) << A::Skip << R::Withheld << T::BusinessHours;
    QTest::newRow("twilio restricted stand-in")
        << cfg << input(QStringLiteral("+7378742833")) << A::Skip << R::Withheld << T::BusinessHours;
    QTest::newRow("garbage caller id")
        << cfg << input(QStringLiteral("12345")) << A::Skip << R::InvalidNumber << T::BusinessHours;
    QTest::newRow("business's own number")
        << cfg << input(kBusiness) << A::Skip << R::OwnNumber << T::BusinessHours;

    // Lasting facts about the caller.
    PolicyInput blocked = mobile();
    blocked.caller.blocked = true;
    QTest::newRow("blocked caller") << cfg << blocked << A::Skip << R::Blocked << T::BusinessHours;
    PolicyInput stop = mobile();
    stop.caller.optedOut = true;
    QTest::newRow("opted out") << cfg << stop << A::Skip << R::OptedOut << T::BusinessHours;
    QTest::newRow("uk landline cannot receive sms") << cfg << input(QStringLiteral("+442079460018"))
                                                    << A::Skip << R::CannotReceiveSms << T::BusinessHours;
    QTest::newRow("premium rate number")
        << cfg << input(QStringLiteral("+19005550123")) << A::Skip << R::CannotReceiveSms << T::BusinessHours;
    PolicyInput undeliverable = mobile();
    undeliverable.caller.knownUndeliverable = true;
    QTest::newRow("learned 30006 before")
        << cfg << undeliverable << A::Skip << R::KnownUndeliverable << T::BusinessHours;

    // Fraud guard.
    QTest::newRow("uk mobile, only US allowed") << cfg << input(QStringLiteral("+447400123456")) << A::Skip
                                                << R::CountryNotAllowed << T::BusinessHours;
    QTest::newRow("canadian mobile, US business default")
        << cfg << input(QStringLiteral("+16045550123")) << A::Skip << R::CountryNotAllowed
        << T::BusinessHours;
    PolicyConfig northAmerica = cfg;
    northAmerica.allowedCountries = {QStringLiteral("US"), QStringLiteral("CA")};
    QTest::newRow("canadian mobile, canada allowed")
        << northAmerica << input(QStringLiteral("+16045550123")) << A::Send << R::None << T::BusinessHours;
    PolicyInput capped = mobile();
    capped.autoTextsInLastHour = 30;
    QTest::newRow("hourly cap reached -> held")
        << cfg << capped << A::HoldForApproval << R::HourlyCap << T::BusinessHours;
    PolicyInput underCap = mobile();
    underCap.autoTextsInLastHour = 29;
    QTest::newRow("one under the cap -> sent") << cfg << underCap << A::Send << R::None << T::BusinessHours;

    // Circumstances of this call.
    PolicyConfig paused = cfg;
    paused.autoTextBackEnabled = false;
    QTest::newRow("paused") << paused << mobile() << A::Skip << R::Paused << T::BusinessHours;
    PolicyInput stale = mobile();
    stale.firstSeenAt = kEnded.addSecs(2 * 3600 + 1);
    stale.now = stale.firstSeenAt;
    QTest::newRow("first seen 2h01 after it ended: stale")
        << cfg << stale << A::Skip << R::Stale << T::BusinessHours;
    PolicyInput justInTime = mobile();
    justInTime.firstSeenAt = kEnded.addSecs(2 * 3600);
    justInTime.now = justInTime.firstSeenAt;
    QTest::newRow("first seen exactly 2h after: still texted")
        << cfg << justInTime << A::Send << R::None << T::BusinessHours;
    PolicyInput reached = mobile();
    reached.caller.reachedSince = true;
    QTest::newRow("answered on a later call")
        << cfg << reached << A::Skip << R::AlreadyReached << T::BusinessHours;
    PolicyInput recent = mobile();
    recent.caller.lastAutoTextAt = recent.now.addSecs(-3600);
    QTest::newRow("texted an hour ago: cooldown")
        << cfg << recent << A::Skip << R::Cooldown << T::BusinessHours;
    PolicyInput yesterday = mobile();
    // Measured between the calls (DESIGN §3: when a poll ran never decides it).
    yesterday.caller.lastAutoTextAt = yesterday.call.endedAt.addSecs(-24 * 3600);
    QTest::newRow("texted 24h ago: texted again")
        << cfg << yesterday << A::Send << R::None << T::BusinessHours;

    // Order when several apply: the lasting fact is the one shown.
    PolicyInput optedOutAndStale = stale;
    optedOutAndStale.caller.optedOut = true;
    QTest::newRow("opted out beats stale")
        << cfg << optedOutAndStale << A::Skip << R::OptedOut << T::BusinessHours;
    PolicyInput landlinePaused = input(QStringLiteral("+442079460018"));
    QTest::newRow("landline beats paused")
        << paused << landlinePaused << A::Skip << R::CannotReceiveSms << T::BusinessHours;
    PolicyInput blockedAndOptedOut = blocked;
    blockedAndOptedOut.caller.optedOut = true;
    QTest::newRow("blocked beats opted out")
        << cfg << blockedAndOptedOut << A::Skip << R::Blocked << T::BusinessHours;
    PolicyInput cooldownAndCap = recent;
    cooldownAndCap.autoTextsInLastHour = 99;
    QTest::newRow("cooldown beats the cap (nothing to approve)")
        << cfg << cooldownAndCap << A::Skip << R::Cooldown << T::BusinessHours;
    PolicyInput historyAndOptedOut = history;
    historyAndOptedOut.caller.optedOut = true;
    QTest::newRow("history beats everything")
        << cfg << historyAndOptedOut << A::Skip << R::History << T::BusinessHours;
    PolicyInput staleAndReached = stale;
    staleAndReached.caller.reachedSince = true;
    QTest::newRow("stale beats reached") << cfg << staleAndReached << A::Skip << R::Stale << T::BusinessHours;
}

void TestPolicy::decide()
{
    QFETCH(PolicyConfig, config);
    QFETCH(PolicyInput, in);
    QFETCH(PolicyAction, action);
    QFETCH(PolicyReason, reason);
    QFETCH(TextBackTemplate, role);
    const PolicyDecision d = TextBackPolicy(config).decide(in);
    QCOMPARE(d.action, action);
    QCOMPARE(d.reason, reason);
    if (action != PolicyAction::Skip)
        QCOMPARE(d.templateRole, role);
}

void TestPolicy::graceDelaySetsNotBefore()
{
    PolicyConfig cfg = baseConfig();
    cfg.graceDelaySeconds = 90;
    const PolicyInput in = mobile();
    const PolicyDecision d = TextBackPolicy(cfg).decide(in);
    QCOMPARE(d.action, PolicyAction::Send);
    QCOMPARE(d.notBefore, in.now.addSecs(90));
}

void TestPolicy::everyReasonHasWords()
{
    QSet<QString> seen;
    for (int r = int(PolicyReason::History); r <= int(PolicyReason::HourlyCap); ++r) {
        const PolicyDecision d{PolicyAction::Skip, PolicyReason(r), TextBackTemplate::BusinessHours, {}};
        const QString words = d.explanation();
        QVERIFY(!seen.contains(words));
        seen.insert(words);
    }
    QCOMPARE(PolicyDecision{}.explanation(), QStringLiteral("Not texted"));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
