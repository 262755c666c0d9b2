// The templates table: a role falls back to its default, saves round-trip, bodies with errors are
// refused, saved replies are listed by name, and restoring defaults keeps saved replies.
#include "TempDatabase.h"
#include "templates/TemplateDefaults.h"
#include "templates/TemplateStore.h"

#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 2), QTime(14, 2), Qt::UTC);

} // namespace

class TestTemplateStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void roleFallsBackToDefault();
    void saveRoundTripsAndOverwrites();
    void refusesBodyWithErrors_data();
    void refusesBodyWithErrors();
    void savedReplies();
    void restoreDefaultsKeepsSavedReplies();
    void survivesReopen();

private:
    std::unique_ptr<TempDatabase> m_t;
};

void TestTemplateStore::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY2(m_t->ok(), qPrintable(m_t->errorText()));
}

void TestTemplateStore::cleanup()
{
    m_t.reset();
}

void TestTemplateStore::roleFallsBackToDefault()
{
    TemplateStore store(m_t->db());
    for (TemplateRole role : singleTemplateRoles()) {
        auto t = store.forRole(role);
        QVERIFY(t.ok());
        QVERIFY(t->isDefault);
        QCOMPARE(t->id, qint64(0));
        QCOMPARE(t->role, role);
        QCOMPARE(t->body, TemplateDefaults::body(role));
    }
}

void TestTemplateStore::saveRoundTripsAndOverwrites()
{
    TemplateStore store(m_t->db());
    const QString body = QStringLiteral("{business}: sorry we missed you! What's the job?");
    auto saved = store.saveForRole(TemplateRole::AfterHours, body, t0);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QVERIFY(saved->id > 0);
    QVERIFY(!saved->isDefault);

    auto loaded = store.forRole(TemplateRole::AfterHours);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->body, body);
    QCOMPARE(loaded->updatedAt, t0);
    QVERIFY(!loaded->isDefault);
    // Other roles are untouched.
    QVERIFY(store.forRole(TemplateRole::BusinessHours)->isDefault);

    auto again = store.saveForRole(TemplateRole::AfterHours, QStringLiteral("{business} here. What's up?"),
                                   t0.addSecs(60));
    QVERIFY(again.ok());
    QCOMPARE(again->id, saved->id);
    QCOMPARE(store.forRole(TemplateRole::AfterHours)->body, QStringLiteral("{business} here. What's up?"));
    QCOMPARE(store.forRole(TemplateRole::AfterHours)->updatedAt, t0.addSecs(60));
}

void TestTemplateStore::refusesBodyWithErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("unknown placeholder") << QStringLiteral("Hi {firstname}, what do you need?");
    QTest::newRow("unbalanced brace") << QStringLiteral("Hi {business, what do you need?");
    QTest::newRow("empty body") << QStringLiteral("   ");
}

void TestTemplateStore::refusesBodyWithErrors()
{
    QFETCH(QString, body);
    TemplateStore store(m_t->db());
    auto saved = store.saveForRole(TemplateRole::BusinessHours, body, t0);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, StoreError::Kind::Constraint);
    QVERIFY(!saved.error().message.isEmpty());
    QVERIFY(store.forRole(TemplateRole::BusinessHours)->isDefault);
    QVERIFY(!store.saveReply(QStringLiteral("Quote"), body, t0).ok());
    QVERIFY(store.savedReplies()->isEmpty());
}

void TestTemplateStore::savedReplies()
{
    TemplateStore store(m_t->db());
    QVERIFY(store.saveReply(QStringLiteral("On our way"), QStringLiteral("{staff} is on the way!"), t0).ok());
    QVERIFY(store.saveReply(QStringLiteral("Call back"), QStringLiteral("We'll call you shortly."), t0).ok());
    QVERIFY(
        store.saveReply(QStringLiteral("On our way"), QStringLiteral("{staff} is 10 minutes out."), t0).ok());
    QVERIFY(!store.saveReply(QStringLiteral(" "), QStringLiteral("text"), t0).ok());
    QVERIFY(!store.saveForRole(TemplateRole::SavedReply, QStringLiteral("text"), t0).ok());

    auto list = store.savedReplies();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, QStringLiteral("Call back"));
    QCOMPARE(list->at(1).name, QStringLiteral("On our way"));
    QCOMPARE(list->at(1).body, QStringLiteral("{staff} is 10 minutes out."));
    QCOMPARE(list->at(1).role, TemplateRole::SavedReply);

    QVERIFY(store.removeReply(QStringLiteral("Call back")).ok());
    QCOMPARE(store.savedReplies()->size(), 1);
}

void TestTemplateStore::restoreDefaultsKeepsSavedReplies()
{
    TemplateStore store(m_t->db());
    QVERIFY(
        store.saveForRole(TemplateRole::BusinessHours, QStringLiteral("{business}. What's up?"), t0).ok());
    QVERIFY(
        store.saveForRole(TemplateRole::FollowUp, QStringLiteral("{business} again. How can we help?"), t0)
            .ok());
    QVERIFY(store.saveReply(QStringLiteral("Thanks"), QStringLiteral("Thanks!"), t0).ok());

    QVERIFY(store.restoreDefault(TemplateRole::FollowUp).ok());
    QVERIFY(store.forRole(TemplateRole::FollowUp)->isDefault);
    QVERIFY(!store.forRole(TemplateRole::BusinessHours)->isDefault);

    QVERIFY(store.restoreDefaults().ok());
    for (TemplateRole role : singleTemplateRoles())
        QVERIFY(store.forRole(role)->isDefault);
    QCOMPARE(store.savedReplies()->size(), 1);
}

void TestTemplateStore::survivesReopen()
{
    {
        TemplateStore store(m_t->db());
        QVERIFY(
            store.saveForRole(TemplateRole::HelpReply, QStringLiteral("{business}: reply STOP to stop."), t0)
                .ok());
    }
    QVERIFY(m_t->reopen());
    TemplateStore store(m_t->db());
    QCOMPARE(store.forRole(TemplateRole::HelpReply)->body, QStringLiteral("{business}: reply STOP to stop."));
}

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "tst_templatestore.moc"
