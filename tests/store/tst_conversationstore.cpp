// The inbox's filters and search run in SQL: each filter keeps the conversations it promises,
// the search index follows every insert and edit, and numbers match in whatever format is typed.
#include "TempDatabase.h"
#include "store/ConversationStore.h"
#include "store/LeadStore.h"
#include "store/MessageStore.h"
#include "store/OptOutStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

Q_DECLARE_METATYPE(ringback::ConversationFilter)

namespace {

const QDateTime t0(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC);

// Five callers, one per situation a filter separates, each with a distinct last activity.
struct Office
{
    Lead dana, sam, lee, kim, pat;
};

Lead makeLead(Database& db, const QString& e164, const QString& name, LeadStatus status, int minute)
{
    LeadStore leads(db);
    Lead lead = leads.findOrCreate(e164, QStringLiteral("Austin, TX"), t0).value();
    lead.displayName = name;
    lead.status = status;
    lead = leads.save(lead, t0).value();
    const auto touched = leads.touch(lead.id, t0.addSecs(minute * 60), false);
    QTest::qVerify(touched.ok(), "touch", "", __FILE__, __LINE__); // a helper with a value: no QVERIFY
    return lead;
}

qint64 addText(Database& db, const Lead& lead, const QString& body, int minute, bool inbound = true)
{
    Message m;
    m.providerMessageId = QStringLiteral("SM%1-%2").arg(lead.id).arg(minute);
    m.leadId = lead.id;
    m.direction = inbound ? MessageDirection::Inbound : MessageDirection::Outbound;
    m.fromNumber = inbound ? lead.e164 : QStringLiteral("+15125550100");
    m.toNumber = inbound ? QStringLiteral("+15125550100") : lead.e164;
    m.body = body;
    m.status = MessageStatus::Delivered;
    m.createdAt = t0.addSecs(minute * 60);
    const auto stored = MessageStore(db).upsertFromProvider(m, m.createdAt);
    QTest::qVerify(stored.ok(), "upsertFromProvider", "", __FILE__, __LINE__);
    const auto touched = LeadStore(db).touch(lead.id, m.createdAt, inbound);
    QTest::qVerify(touched.ok(), "touch", "", __FILE__, __LINE__);
    return MessageStore(db).byProviderId(m.providerMessageId).value()->id;
}

Office makeOffice(Database& db)
{
    Office o;
    o.dana = makeLead(db, QStringLiteral("+15125550147"), QStringLiteral("Dana Whitfield"),
                      LeadStatus::Replied, 1);
    o.sam = makeLead(db, QStringLiteral("+15125550148"), QStringLiteral("Sam Ortiz"), LeadStatus::Booked, 2);
    o.lee = makeLead(db, QStringLiteral("+15125550149"), QStringLiteral("Lee Park"), LeadStatus::New, 3);
    o.kim = makeLead(db, QStringLiteral("+447700900123"), QStringLiteral("Kim Hale"), LeadStatus::Lost, 4);
    o.pat = makeLead(db, QStringLiteral("+15125550150"), QString(), LeadStatus::Texted, 5);
    addText(db, o.dana, QStringLiteral("Water heater leaking in the garage"), 10);
    addText(db, o.sam, QStringLiteral("See you Thursday"), 11, false);
    addText(db, o.lee, QStringLiteral("STOP"), 12);
    addText(db, o.pat, QStringLiteral("Can you quote a bathroom remodel?"), 13);
    const auto optedOut =
        OptOutStore(db).optOut({o.lee.e164, QStringLiteral("keyword"), QStringLiteral("STOP"), t0});
    QTest::qVerify(optedOut.ok(), "optOut", "", __FILE__, __LINE__);
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("INSERT INTO staff (name) VALUES ('Maria'), ('Joe')"));
    q.exec(QStringLiteral("UPDATE leads SET assigned_staff_id = (SELECT id FROM staff WHERE name = 'Maria') "
                          "WHERE id IN (%1, %2)")
               .arg(o.dana.id)
               .arg(o.kim.id));
    q.exec(QStringLiteral("UPDATE leads SET assigned_staff_id = (SELECT id FROM staff WHERE name = 'Joe') "
                          "WHERE id = %1")
               .arg(o.pat.id));
    return o;
}

QStringList names(Database& db, const ConversationQuery& query)
{
    QStringList out;
    const auto page = ConversationStore(db).page(query, 0, 50);
    if (!page)
        return {QStringLiteral("error: ") + page.error().message};
    for (const ConversationSummary& c : page.value())
        out << (c.lead.displayName.isEmpty() ? c.lead.e164 : c.lead.displayName);
    return out;
}

ConversationQuery searchFor(const QString& text)
{
    ConversationQuery q;
    q.search = text;
    return q;
}

} // namespace

class TestConversationStore : public QObject
{
    Q_OBJECT
private slots:
    void bundledSqliteHasFts5();
    void filterKeepsItsConversations_data();
    void filterKeepsItsConversations();
    void searchMatches_data();
    void searchMatches();
    void searchCombinesWithTheFilter();
    void searchForAWordInThousandsOfTexts();
    void searchMatchingHundredsOfConversations_data();
    void searchMatchingHundredsOfConversations();
    void searchIndexFollowsNewAndEditedTexts();
    void searchIndexFollowsRenamedLeads();
    void pagesThroughResults();
    void needsReplyFollowsWhoSpokeLast();
    void needsReplyKeepsTheOpenConversation();
};

void TestConversationStore::bundledSqliteHasFts5()
{
    TempDatabase t;
    QSqlQuery q(t.db().connection());
    if (t.db().dialect().kind() == SqlDialect::Kind::Postgres) {
        // PostgreSQL's side of the same promise: both text indexes exist.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname IN "
                                      "('messages_body_search', 'leads_text_search')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        return;
    }
    QVERIFY(q.exec(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestConversationStore::filterKeepsItsConversations_data()
{
    QTest::addColumn<ConversationFilter>("filter");
    QTest::addColumn<QString>("staff");
    QTest::addColumn<QStringList>("expected");
    // Newest activity first: Pat (13), Lee (12), Sam (11), Dana (10), Kim (4).
    QTest::newRow("all") << ConversationFilter::All << QString()
                         << QStringList{"+15125550150", "Lee Park", "Sam Ortiz", "Dana Whitfield",
                                        "Kim Hale"};
    QTest::newRow("open: not done, not opted out")
        << ConversationFilter::Open << QString() << QStringList{"+15125550150", "Dana Whitfield"};
    QTest::newRow("unread: inbound not yet opened")
        << ConversationFilter::Unread << QString()
        << QStringList{"+15125550150", "Lee Park", "Dana Whitfield"};
    QTest::newRow("mine: assigned to this desk's staff")
        << ConversationFilter::Mine << QStringLiteral("Maria") << QStringList{"Dana Whitfield", "Kim Hale"};
    QTest::newRow("mine: another desk")
        << ConversationFilter::Mine << QStringLiteral("Joe") << QStringList{"+15125550150"};
    QTest::newRow("mine: nobody at this desk") << ConversationFilter::Mine << QString() << QStringList{};
    QTest::newRow("done: booked, won, lost")
        << ConversationFilter::Done << QString() << QStringList{"Sam Ortiz", "Kim Hale"};
    QTest::newRow("opted out") << ConversationFilter::OptedOut << QString() << QStringList{"Lee Park"};
}

void TestConversationStore::filterKeepsItsConversations()
{
    QFETCH(ConversationFilter, filter);
    QFETCH(QString, staff);
    QFETCH(QStringList, expected);
    TempDatabase t;
    makeOffice(t.db());
    ConversationQuery query;
    query.filter = filter;
    query.deskStaffName = staff;
    QCOMPARE(names(t.db(), query), expected);
}

void TestConversationStore::searchMatches_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("first name") << "dana" << QStringList{"Dana Whitfield"};
    QTest::newRow("name prefix, any case") << "WHIT" << QStringList{"Dana Whitfield"};
    QTest::newRow("word in a text") << "heater" << QStringList{"Dana Whitfield"};
    QTest::newRow("two words, both needed") << "water garage" << QStringList{"Dana Whitfield"};
    QTest::newRow("two words, one missing") << "water roof" << QStringList{};
    QTest::newRow("word in our own text") << "thursday" << QStringList{"Sam Ortiz"};
    QTest::newRow("place") << "austin"
                           << QStringList{"+15125550150", "Lee Park", "Sam Ortiz", "Dana Whitfield",
                                          "Kim Hale"};
    QTest::newRow("national format") << "(512) 555-0148" << QStringList{"Sam Ortiz"};
    QTest::newRow("dashes") << "512-555-0149" << QStringList{"Lee Park"};
    QTest::newRow("international format") << "+1 512 555 0150" << QStringList{"+15125550150"};
    QTest::newRow("partial digits") << "0123" << QStringList{"Kim Hale"};
    QTest::newRow("UK national format, trunk zero") << "07700 900123" << QStringList{"Kim Hale"};
    QTest::newRow("UK international format") << "+44 7700 900123" << QStringList{"Kim Hale"};
    QTest::newRow("query syntax is just text") << "\"heater\" OR NEAR(" << QStringList{};
    QTest::newRow("only punctuation") << "-- ()" << QStringList{};
    QTest::newRow("no match") << "zebra" << QStringList{};
}

void TestConversationStore::searchMatches()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    TempDatabase t;
    makeOffice(t.db());
    QCOMPARE(names(t.db(), searchFor(typed)), expected);
}

void TestConversationStore::searchCombinesWithTheFilter()
{
    TempDatabase t;
    makeOffice(t.db());
    ConversationQuery query = searchFor(QStringLiteral("austin"));
    query.filter = ConversationFilter::Done;
    QCOMPARE(names(t.db(), query), (QStringList{"Sam Ortiz", "Kim Hale"}));
}

void TestConversationStore::searchForAWordInThousandsOfTexts()
{
    // Past a couple of thousand matching texts the store probes lead by lead instead of
    // collecting every match: the answer must be the same.
    TempDatabase t;
    const Office o = makeOffice(t.db());
    QSqlQuery q(t.db().connection());
    QVERIFY2(q.exec(QStringLiteral(
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                        "INSERT INTO messages (provider_message_id, lead_id, direction, from_number, "
                        "to_number, body, status, created_at, updated_at) SELECT 'SMbulk' || i, %1, "
                        "'outbound', '+15125550100', '%2', 'Heater service reminder ' || i, 'delivered', "
                        "0, 0 FROM n")
                        .arg(o.sam.id)
                        .arg(o.sam.e164)),
             qPrintable(q.lastError().text()));
    QCOMPARE(names(t.db(), searchFor(QStringLiteral("heater"))),
             (QStringList{"Sam Ortiz", "Dana Whitfield"}));
    QCOMPARE(names(t.db(), searchFor(QStringLiteral("heater reminder 2999"))), QStringList{"Sam Ortiz"});
    ConversationQuery open = searchFor(QStringLiteral("heater"));
    open.filter = ConversationFilter::Open;
    QCOMPARE(names(t.db(), open), QStringList{"Dana Whitfield"});
}

// Issue 17 (an inbox ten times the size): a name or a number that many conversations share is
// found by walking the list in its order, a rare one by collecting the few matches; either way the
// page is the same as the list's own order filtered.
void TestConversationStore::searchMatchingHundredsOfConversations_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QStringList newest;
    for (int i = 600; i > 550; --i)
        newest << QStringLiteral("Whitney %1").arg(i);
    QTest::newRow("a name 600 share") << QStringLiteral("whitney") << newest;
    QTest::newRow("a prefix of it and of one more") << QStringLiteral("whit") << newest;
    QTest::newRow("digits 600 share") << QStringLiteral("(512) 444") << newest;
    QTest::newRow("one number of them") << QStringLiteral("512-444-1123") << QStringList{"Whitney 123"};
    QTest::newRow("a name only one has") << QStringLiteral("whitfield") << QStringList{"Dana Whitfield"};
    QTest::newRow("digits of the office's own") << QStringLiteral("5550147") << QStringList{"Dana Whitfield"};
}

void TestConversationStore::searchMatchingHundredsOfConversations()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    TempDatabase t;
    makeOffice(t.db());
    const qint64 after = t0.addSecs(3600).toMSecsSinceEpoch();
    QSqlQuery q(t.db().connection());
    QVERIFY2(
        q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
                              "INSERT INTO leads (e164, display_name, place, last_activity_at, created_at, "
                              "updated_at) SELECT '+1512444' || (1000 + i), 'Whitney ' || i, 'Austin, TX', "
                              "%1 + i * 1000, %1, %1 FROM n")
                   .arg(after)),
        qPrintable(q.lastError().text()));
    QCOMPARE(names(t.db(), searchFor(typed)), expected);
}

void TestConversationStore::searchIndexFollowsNewAndEditedTexts()
{
    TempDatabase t;
    const Office o = makeOffice(t.db());
    QCOMPARE(names(t.db(), searchFor(QStringLiteral("skylight"))), QStringList{});

    const qint64 id = addText(t.db(), o.sam, QStringLiteral("Also the skylight drips"), 20);
    QCOMPARE(names(t.db(), searchFor(QStringLiteral("skylight"))), QStringList{"Sam Ortiz"});

    QSqlQuery q(t.db().connection());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE messages SET body = 'Also the chimney drips' WHERE id = %1").arg(id)));
    QCOMPARE(names(t.db(), searchFor(QStringLiteral("skylight"))), QStringList{});
    QCOMPARE(names(t.db(), searchFor(QStringLiteral("chimney"))), QStringList{"Sam Ortiz"});

    QVERIFY(q.exec(QStringLiteral("DELETE FROM messages WHERE id = %1").arg(id)));
    QCOMPARE(names(t.db(), searchFor(QStringLiteral("chimney"))), QStringList{});
}

void TestConversationStore::searchIndexFollowsRenamedLeads()
{
    TempDatabase t;
    Office o = makeOffice(t.db());
    LeadStore leads(t.db());
    Lead pat = leads.byId(o.pat.id).value().value();
    pat.displayName = QStringLiteral("Pat Müller");
    QVERIFY(leads.save(pat, t0).ok());
    QCOMPARE(names(t.db(), searchFor(QStringLiteral("muller"))), QStringList{"Pat Müller"});
    // Activity and unread updates leave the index alone and the match intact.
    QVERIFY(leads.touch(pat.id, t0.addSecs(3600), true).ok());
    QCOMPARE(names(t.db(), searchFor(QStringLiteral("pat"))), QStringList{"Pat Müller"});

    pat = leads.byId(o.pat.id).value().value();
    pat.displayName = QStringLiteral("Pat Keane");
    QVERIFY(leads.save(pat, t0).ok());
    QCOMPARE(names(t.db(), searchFor(QStringLiteral("muller"))), QStringList{});

    // A new caller is findable at once.
    makeLead(t.db(), QStringLiteral("+15125550199"), QStringLiteral("Quinn Abara"), LeadStatus::New, 30);
    QCOMPARE(names(t.db(), searchFor(QStringLiteral("quinn"))), QStringList{"Quinn Abara"});
}

void TestConversationStore::pagesThroughResults()
{
    TempDatabase t;
    for (int i = 0; i < 7; ++i)
        makeLead(t.db(), QStringLiteral("+1512555%1").arg(1000 + i), QStringLiteral("Roofer %1").arg(i),
                 LeadStatus::New, i);
    const auto first = ConversationStore(t.db()).page(searchFor(QStringLiteral("roofer")), 0, 5);
    const auto second = ConversationStore(t.db()).page(searchFor(QStringLiteral("roofer")), 5, 5);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->size(), 5);
    QCOMPARE(second->size(), 2);
    QCOMPARE(second->last().lead.displayName, QStringLiteral("Roofer 0"));
}

namespace {
ConversationQuery needsReply()
{
    ConversationQuery q;
    q.filter = ConversationFilter::NeedsReply;
    return q;
}

QStringList needsReplyNames(Database& db, const ConversationQuery& q = needsReply())
{
    QStringList names;
    const auto page = ConversationStore(db).page(q, 0, 50);
    if (!page) {
        qWarning() << page.error().message << page.error().detail;
        return {QStringLiteral("error")};
    }
    for (const ConversationSummary& c : page.value())
        names << (c.lead.displayName.isEmpty() ? c.lead.e164 : c.lead.displayName);
    return names;
}
} // namespace

void TestConversationStore::needsReplyFollowsWhoSpokeLast()
{
    TempDatabase t;
    Office o = makeOffice(t.db());
    // Dana (10) and Pat (13) spoke last; Lee texted STOP; Sam was answered; Kim never texted.
    QCOMPARE(needsReplyNames(t.db()), (QStringList{"Dana Whitfield", "+15125550150"}));
    QCOMPARE(ConversationStore(t.db()).needsReplyCount().value(), 2);
    const auto dana = ConversationStore(t.db()).page(needsReply(), 0, 1).value().first();
    QCOMPARE(dana.waitingSince, t0.addSecs(10 * 60));
    QCOMPARE(dana.waitingTexts, 1);
    QCOMPARE(dana.assigneeName, QStringLiteral("Maria"));

    // Dana writes again: she has waited since her first unanswered text, now with two.
    addText(t.db(), o.dana, QStringLiteral("Hello?"), 20);
    auto first = ConversationStore(t.db()).page(needsReply(), 0, 1).value().first();
    QCOMPARE(first.waitingSince, t0.addSecs(10 * 60));
    QCOMPARE(first.waitingTexts, 2);

    // Staff answer Dana (queued here, as a reply is): she leaves the queue at once.
    Message reply;
    reply.leadId = o.dana.id;
    reply.direction = MessageDirection::Outbound;
    reply.fromNumber = QStringLiteral("+15125550100");
    reply.toNumber = o.dana.e164;
    reply.body = QStringLiteral("On our way");
    reply.status = MessageStatus::Queued;
    reply.createdAt = t0.addSecs(25 * 60);
    const qint64 replyId = MessageStore(t.db()).insertLocal(reply, reply.createdAt).value();
    QCOMPARE(needsReplyNames(t.db()), QStringList{"+15125550150"});
    // The text failed: she was not answered after all.
    QVERIFY(
        MessageStore(t.db())
            .setStatus(replyId, MessageStatus::Failed, 30007, QStringLiteral("Filtered"), t0.addSecs(26 * 60))
            .ok());
    QCOMPARE(needsReplyNames(t.db()), (QStringList{"Dana Whitfield", "+15125550150"}));
    // A late-polled older text from us changes nothing; one after hers answers her.
    addText(t.db(), o.dana, QStringLiteral("Earlier text-back"), 5, false);
    QCOMPARE(ConversationStore(t.db()).needsReplyCount().value(), 2);
    addText(t.db(), o.dana, QStringLiteral("Coming at 3"), 30, false);
    QCOMPARE(needsReplyNames(t.db()), QStringList{"+15125550150"});
    // Deleting our answer puts her back.
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM messages WHERE body = 'Coming at 3'")));
    QCOMPARE(needsReplyNames(t.db()), (QStringList{"Dana Whitfield", "+15125550150"}));
    // Oldest wait first: Pat has waited since 13, Dana since 10, a new caller since 40.
    const Lead ray =
        makeLead(t.db(), QStringLiteral("+15125550170"), QStringLiteral("Ray Cobb"), LeadStatus::New, 1);
    addText(t.db(), ray, QStringLiteral("Quote?"), 40);
    QCOMPARE(needsReplyNames(t.db()), (QStringList{"Dana Whitfield", "+15125550150", "Ray Cobb"}));
    // Opting out takes a customer out of the queue (nobody can text them).
    QVERIFY(
        OptOutStore(t.db()).optOut({ray.e164, QStringLiteral("keyword"), QStringLiteral("STOP"), t0}).ok());
    QCOMPARE(ConversationStore(t.db()).needsReplyCount().value(), 2);
}

void TestConversationStore::needsReplyKeepsTheOpenConversation()
{
    TempDatabase t;
    Office o = makeOffice(t.db());
    ConversationQuery q = needsReply();
    q.keepLeadId = o.sam.id; // answered: not in the queue, but open beside it
    const auto rows = ConversationStore(t.db()).page(q, 0, 50).value();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).lead.id, o.sam.id); // first, flagged as outside the filter
    QVERIFY(!rows.at(0).inFilter);
    QVERIFY(rows.at(0).inSearch);
    QVERIFY(rows.at(1).inFilter && rows.at(2).inFilter);
    QVERIFY(ConversationStore::listedBefore(q, rows.at(0), rows.at(1)));
    QVERIFY(ConversationStore::listedBefore(q, rows.at(1), rows.at(2)));
    // With a search that matches only Dana, Sam is still listed, and says it does not match.
    q.search = QStringLiteral("heater");
    const auto searched = ConversationStore(t.db()).page(q, 0, 50).value();
    QCOMPARE(searched.size(), 2);
    QCOMPARE(searched.at(0).lead.id, o.sam.id);
    QVERIFY(!searched.at(0).inSearch);
    QCOMPARE(searched.at(1).lead.id, o.dana.id);
    QVERIFY(searched.at(1).inSearch && searched.at(1).inFilter);
    // Only those leads, as another desk's change asks.
    const auto some = ConversationStore(t.db()).ofLeads(q, {o.sam.id, o.pat.id}).value();
    QCOMPARE(some.size(), 1);
    QCOMPARE(some.first().lead.id, o.sam.id);
}

QTEST_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
