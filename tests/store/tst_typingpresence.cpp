// "Maria is replying…" as the store keeps it: an announcement holds for six seconds, the asking
// desk never sees itself, sending clears it at once, and conversations do not mix. Time is passed
// in, so expiry is tested without waiting.
#include "TempDatabase.h"
#include "store/LeadStore.h"
#include "store/TypingPresence.h"

#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {
const QDateTime kT0(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);

struct Announcement
{
    QString who;
    int atMs;
};
} // namespace

Q_DECLARE_METATYPE(QList<Announcement>)

class TestTypingPresence : public QObject
{
    Q_OBJECT
private slots:
    void othersTyping_data();
    void othersTyping();
    void otherConversationsDoNotShow();
    void deletingTheLeadForgetsWhoTyped();
};

void TestTypingPresence::othersTyping_data()
{
    QTest::addColumn<QList<Announcement>>("announced");
    QTest::addColumn<QString>("cleared");
    QTest::addColumn<QString>("me");
    QTest::addColumn<int>("askedAtMs");
    QTest::addColumn<QStringList>("expected");

    const QString maria = QStringLiteral("Maria");
    const QString luis = QStringLiteral("Luis");
    QTest::newRow("one other desk typing")
        << QList<Announcement>{{maria, 0}} << QString() << luis << 1000 << QStringList{maria};
    QTest::newRow("never myself") << QList<Announcement>{{maria, 0}, {luis, 0}} << QString() << luis << 1000
                                  << QStringList{maria};
    QTest::newRow("two others, sorted") << QList<Announcement>{{maria, 0}, {luis, 500}} << QString()
                                        << QStringLiteral("Ana") << 1000 << QStringList{luis, maria};
    QTest::newRow("still there just before six seconds")
        << QList<Announcement>{{maria, 0}} << QString() << luis << 5999 << QStringList{maria};
    QTest::newRow("gone after six seconds without typing")
        << QList<Announcement>{{maria, 0}} << QString() << luis << 6000 << QStringList{};
    QTest::newRow("typing again keeps it")
        << QList<Announcement>{{maria, 0}, {maria, 3000}} << QString() << luis << 8000 << QStringList{maria};
    QTest::newRow("sending clears at once") << QList<Announcement>{{maria, 0}, {luis, 0}} << maria
                                            << QStringLiteral("Ana") << 100 << QStringList{luis};
}

void TestTypingPresence::othersTyping()
{
    QFETCH(QList<Announcement>, announced);
    QFETCH(QString, cleared);
    QFETCH(QString, me);
    QFETCH(int, askedAtMs);
    QFETCH(QStringList, expected);

    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    const qint64 lead = LeadStore(t.db()).findOrCreate(QStringLiteral("+15125550147"), {}, kT0).value().id;
    TypingPresence presence(t.db());
    for (const Announcement& a : announced)
        QVERIFY(presence.announce(lead, a.who, kT0.addMSecs(a.atMs)).ok());
    if (!cleared.isEmpty())
        QVERIFY(presence.clear(lead, cleared).ok());
    auto typing = presence.othersTyping(lead, me, kT0.addMSecs(askedAtMs));
    QVERIFY(typing.ok());
    QCOMPARE(typing.value(), expected);
}

void TestTypingPresence::otherConversationsDoNotShow()
{
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    LeadStore leads(t.db());
    const qint64 first = leads.findOrCreate(QStringLiteral("+15125550147"), {}, kT0).value().id;
    const qint64 second = leads.findOrCreate(QStringLiteral("+15125550148"), {}, kT0).value().id;
    TypingPresence presence(t.db());
    QVERIFY(presence.announce(first, QStringLiteral("Maria"), kT0).ok());
    QCOMPARE(presence.othersTyping(second, QStringLiteral("Luis"), kT0).value(), QStringList());
    QCOMPARE(presence.othersTyping(first, QStringLiteral("Luis"), kT0).value(),
             QStringList{QStringLiteral("Maria")});
}

void TestTypingPresence::deletingTheLeadForgetsWhoTyped()
{
    TempDatabase t;
    QVERIFY2(t.ok(), qPrintable(t.errorText()));
    const qint64 lead = LeadStore(t.db()).findOrCreate(QStringLiteral("+15125550147"), {}, kT0).value().id;
    QVERIFY(TypingPresence(t.db()).announce(lead, QStringLiteral("Maria"), kT0).ok());
    QVERIFY(t.db().exec(QStringLiteral("DELETE FROM leads WHERE id = ?"), {lead}).ok());
    auto rows = t.db().exec(QStringLiteral("SELECT COUNT(*) FROM typing"));
    QVERIFY(rows && rows->next());
    QCOMPARE(rows->value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestTypingPresence)
#include "tst_typingpresence.moc"
