// MissedCallClassifier: every rule and trap of DESIGN §2, one named row each.
#include "automation/MissedCallClassifier.h"

#include <QtTest>

using namespace ringback;

Q_DECLARE_METATYPE(ringback::Call)
Q_DECLARE_METATYPE(ringback::CallVerdict)
Q_DECLARE_METATYPE(ringback::MissReason)

namespace {

const QString kBusiness = QStringLiteral("+15125550100");
const QString kOtherBusiness = QStringLiteral("+15125550101");
const QString kCaller = QStringLiteral("+15125550147");
const QString kStaffCell = QStringLiteral("+15125550188");

Call parentCall(CallStatus status, std::optional<int> duration = std::nullopt)
{
    Call c;
    c.providerCallId = QStringLiteral("CAparent");
    c.direction = CallDirection::Inbound;
    c.fromNumber = kCaller;
    c.toNumber = kBusiness;
    c.status = status;
    c.durationSeconds = duration;
    return c;
}

Call leg(CallStatus status, std::optional<int> duration = std::nullopt, const QString& answeredBy = QString())
{
    static int n = 0;
    Call c;
    c.providerCallId = QStringLiteral("CAleg%1").arg(++n);
    c.parentProviderCallId = QStringLiteral("CAparent");
    c.direction = CallDirection::OutboundDial;
    c.fromNumber = kCaller;
    c.toNumber = kStaffCell;
    c.status = status;
    c.durationSeconds = duration;
    c.answeredBy = answeredBy;
    return c;
}

} // namespace

class TestClassifier : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void explanationsAreWords();
};

void TestClassifier::classify_data()
{
    QTest::addColumn<Call>("parent");
    QTest::addColumn<QList<Call>>("legs");
    QTest::addColumn<CallVerdict>("verdict");
    QTest::addColumn<MissReason>("reason");

    using S = CallStatus;
    using V = CallVerdict;
    using R = MissReason;

    // Final statuses on the parent itself.
    QTest::newRow("no-answer") << parentCall(S::NoAnswer) << QList<Call>{} << V::Missed << R::NoAnswer;
    QTest::newRow("busy") << parentCall(S::Busy) << QList<Call>{} << V::Missed << R::Busy;
    QTest::newRow("canceled: hung up while ringing")
        << parentCall(S::Canceled) << QList<Call>{} << V::Missed << R::Canceled;
    QTest::newRow("failed") << parentCall(S::Failed) << QList<Call>{} << V::Missed << R::Failed;
    QTest::newRow("no-answer with empty duration")
        << parentCall(S::NoAnswer, std::nullopt) << QList<Call>{} << V::Missed << R::NoAnswer;

    // Never decide on a status that is not final.
    QTest::newRow("queued is pending") << parentCall(S::Queued) << QList<Call>{} << V::Pending << R::None;
    QTest::newRow("ringing is pending") << parentCall(S::Ringing) << QList<Call>{} << V::Pending << R::None;
    QTest::newRow("in-progress is pending")
        << parentCall(S::InProgress) << QList<Call>{} << V::Pending << R::None;
    QTest::newRow("unknown status is pending")
        << parentCall(S::Unknown) << QList<Call>{} << V::Pending << R::None;
    QTest::newRow("completed parent, leg still ringing")
        << parentCall(S::Completed, 30) << QList<Call>{leg(S::Ringing)} << V::Pending << R::None;
    QTest::newRow("completed parent, leg in progress, another unanswered")
        << parentCall(S::Completed, 30) << QList<Call>{leg(S::NoAnswer), leg(S::InProgress)} << V::Pending
        << R::None;

    // Forwarded calls: the parent says completed, the child legs carry the truth.
    QTest::newRow("forwarded, cell no-answer")
        << parentCall(S::Completed, 28) << QList<Call>{leg(S::NoAnswer)} << V::Missed
        << R::ForwardNotAnswered;
    QTest::newRow("forwarded, cell busy")
        << parentCall(S::Completed, 12) << QList<Call>{leg(S::Busy)} << V::Missed << R::ForwardNotAnswered;
    QTest::newRow("forwarded, cell failed")
        << parentCall(S::Completed, 3) << QList<Call>{leg(S::Failed)} << V::Missed << R::ForwardNotAnswered;
    QTest::newRow("forwarded, cell canceled") << parentCall(S::Completed, 20) << QList<Call>{leg(S::Canceled)}
                                              << V::Missed << R::ForwardNotAnswered;
    QTest::newRow("simultaneous ring, all unanswered")
        << parentCall(S::Completed, 25) << QList<Call>{leg(S::NoAnswer), leg(S::Busy), leg(S::Canceled)}
        << V::Missed << R::ForwardNotAnswered;
    QTest::newRow("forwarded, cell answered")
        << parentCall(S::Completed, 180) << QList<Call>{leg(S::Completed, 170)} << V::Answered << R::None;
    QTest::newRow("simultaneous ring, one answered")
        << parentCall(S::Completed, 95) << QList<Call>{leg(S::Canceled), leg(S::Completed, 90)} << V::Answered
        << R::None;
    QTest::newRow("first leg no-answer, second answered")
        << parentCall(S::Completed, 200) << QList<Call>{leg(S::NoAnswer), leg(S::Completed, 150)}
        << V::Answered << R::None;
    QTest::newRow("answered leg exactly at threshold")
        << parentCall(S::Completed, 15) << QList<Call>{leg(S::Completed, 10)} << V::Answered << R::None;

    // Carrier voicemail and pocket answers look like short completed legs.
    QTest::newRow("cell voicemail picked up, short")
        << parentCall(S::Completed, 30) << QList<Call>{leg(S::Completed, 4)} << V::Missed
        << R::MachineAnswered;
    QTest::newRow("pocket answer 1 s") << parentCall(S::Completed, 22) << QList<Call>{leg(S::Completed, 1)}
                                       << V::Missed << R::MachineAnswered;
    QTest::newRow("leg one second under threshold")
        << parentCall(S::Completed, 20) << QList<Call>{leg(S::Completed, 9)} << V::Missed
        << R::MachineAnswered;
    QTest::newRow("leg answered by machine, long")
        << parentCall(S::Completed, 60) << QList<Call>{leg(S::Completed, 45, QStringLiteral("machine_start"))}
        << V::Missed << R::MachineAnswered;
    QTest::newRow("leg answered by fax")
        << parentCall(S::Completed, 40) << QList<Call>{leg(S::Completed, 30, QStringLiteral("fax"))}
        << V::Missed << R::MachineAnswered;
    QTest::newRow("leg answered by human, long")
        << parentCall(S::Completed, 60) << QList<Call>{leg(S::Completed, 45, QStringLiteral("human"))}
        << V::Answered << R::None;
    QTest::newRow("leg completed without duration")
        << parentCall(S::Completed, 20) << QList<Call>{leg(S::Completed, std::nullopt)} << V::Missed
        << R::MachineAnswered;

    // Completed with no leg at all: nobody at the business spoke to the caller.
    QTest::newRow("completed, no leg, long: voicemail took it")
        << parentCall(S::Completed, 48) << QList<Call>{} << V::Missed << R::VoicemailOrGreeting;
    QTest::newRow("completed, no leg, hung up on greeting")
        << parentCall(S::Completed, 6) << QList<Call>{} << V::Missed << R::HungUpOnGreeting;
    QTest::newRow("completed, no leg, exactly greeting threshold")
        << parentCall(S::Completed, 10) << QList<Call>{} << V::Missed << R::VoicemailOrGreeting;
    QTest::newRow("completed, no leg, no duration")
        << parentCall(S::Completed) << QList<Call>{} << V::Missed << R::VoicemailOrGreeting;

    // Not the business's missed calls at all.
    Call outbound = parentCall(S::NoAnswer);
    outbound.direction = CallDirection::OutboundApi;
    QTest::newRow("outbound call we made") << outbound << QList<Call>{} << V::NotApplicable << R::None;
    Call dialLeg = leg(S::NoAnswer);
    QTest::newRow("a child leg on its own") << dialLeg << QList<Call>{} << V::NotApplicable << R::None;
    Call otherNumber = parentCall(S::NoAnswer);
    otherNumber.toNumber = QStringLiteral("+15125550999");
    QTest::newRow("to a number the business does not watch")
        << otherNumber << QList<Call>{} << V::NotApplicable << R::None;
    Call secondLine = parentCall(S::Busy);
    secondLine.toNumber = kOtherBusiness;
    QTest::newRow("to the business's second line") << secondLine << QList<Call>{} << V::Missed << R::Busy;
    Call unknownDirection = parentCall(S::NoAnswer);
    unknownDirection.direction = CallDirection::Unknown;
    QTest::newRow("unknown direction is not decided")
        << unknownDirection << QList<Call>{} << V::NotApplicable << R::None;
}

void TestClassifier::classify()
{
    QFETCH(Call, parent);
    QFETCH(QList<Call>, legs);
    QFETCH(CallVerdict, verdict);
    QFETCH(MissReason, reason);

    const MissedCallClassifier classifier({{kBusiness, kOtherBusiness}, 10, 10});
    const CallClassification c = classifier.classify(parent, legs);
    QCOMPARE(c.verdict, verdict);
    QCOMPARE(c.reason, reason);
}

void TestClassifier::explanationsAreWords()
{
    const MissedCallClassifier classifier({{}, 10, 10});
    const auto forwarded =
        classifier.classify(parentCall(CallStatus::Completed, 28), {leg(CallStatus::NoAnswer)});
    QCOMPARE(forwarded.explanation(), QStringLiteral("Missed call: forwarded, but nobody picked up"));
    // With no business numbers configured, every inbound call is the business's.
    Call anyNumber = parentCall(CallStatus::Busy);
    anyNumber.toNumber = QStringLiteral("+15125550999");
    QCOMPARE(classifier.classify(anyNumber, {}).verdict, CallVerdict::Missed);
}

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
