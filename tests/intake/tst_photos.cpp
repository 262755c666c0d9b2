// Photos callers send (issue 18 item 4, DESIGN §11): each inbound text with media has its Media list
// asked for once, each file is fetched and kept in the store (so every desk shows it, and it
// outlives the provider's copy); a file the provider no longer has is given up at once, an outage
// is waited out without counting, other failures give up after MediaStore::kMaxAttempts tries;
// one bad file never holds its neighbours, and a round asks for a bounded number of things.
#include "ScriptedProvider.h"
#include "TempDatabase.h"
#include "automation/MediaCollector.h"
#include "automation/MessageIngestor.h"
#include "common/Clock.h"
#include "phone/PhoneNumberService.h"
#include "store/Database.h"
#include "store/LeadStore.h"
#include "store/MediaStore.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

const QString kBusiness = QStringLiteral("+15125550100");
const QString kCustomer = QStringLiteral("+15125550147");
const QDateTime kStart(QDate(2026, 12, 3), QTime(16, 0), Qt::UTC);

MessageMedia listed(const QString& messageId, int position,
                    const QString& type = QStringLiteral("image/jpeg"))
{
    MessageMedia m;
    m.providerMediaId = QStringLiteral("ME%1x%2").arg(messageId).arg(position);
    m.contentType = type;
    m.position = position;
    m.location = QStringLiteral("/media/%1/%2").arg(messageId).arg(position);
    return m;
}

QByteArray photoBytes(const QString& location)
{
    return QByteArray("\xff\xd8\xff\xe0") + location.toUtf8();
}

} // namespace

class TestPhotos : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void photosAreListedFetchedAndKept();
    void nothingIsAskedTwice();
    void onlyCallersTextsWithMediaAreAsked();
    void aFileTheProviderNoLongerHasIsGivenUpAloneAtOnce();
    void anOutageIsWaitedOutWithoutCounting();
    void otherFailuresGiveUpAfterTheLastTry();
    void aRoundIsBounded();

private:
    // A caller's text with `media` files, stored as the messages poll stores it; returns its id.
    qint64 callerSends(const QString& providerId, int media, const QString& from = kCustomer);
    // Runs a round to its end; returns the media requests it made.
    QStringList round();
    QList<MessageMedia> leadMedia();
    Database& db() { return m_store->db(); }

    std::unique_ptr<TempDatabase> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ScriptedProvider> m_provider;
    std::unique_ptr<MediaCollector> m_collector;
    PhoneNumberService m_phone{QStringLiteral("US")};
};

void TestPhotos::init()
{
    m_clock = std::make_unique<ManualClock>(kStart);
    m_store = std::make_unique<TempDatabase>(QStringLiteral("photos"));
    QVERIFY2(m_store->ok(), qPrintable(m_store->errorText()));
    m_provider = std::make_unique<ScriptedProvider>();
    m_collector = std::make_unique<MediaCollector>(db(), *m_provider, *m_clock);
}

void TestPhotos::cleanup()
{
    m_collector.reset();
    m_provider.reset();
    m_store.reset();
}

qint64 TestPhotos::callerSends(const QString& providerId, int media, const QString& from)
{
    m_clock->advanceSecs(30);
    Message m;
    m.providerMessageId = providerId;
    m.direction = MessageDirection::Inbound;
    m.fromNumber = from;
    m.toNumber = kBusiness;
    m.body = media > 0 ? QStringLiteral("Here you go") : QStringLiteral("Thanks");
    m.status = MessageStatus::Received;
    m.createdAt = m_clock->nowUtc();
    m.mediaCount = media;
    QList<MessageMedia> files;
    for (int i = 0; i < media; ++i) {
        files << listed(providerId, i);
        m_provider->files.insert(files.last().location, MediaContent{photoBytes(files.last().location),
                                                                     QStringLiteral("image/jpeg")});
    }
    m_provider->media.insert(providerId, files);
    MessageIngestor ingestor(db(), m_phone, *m_clock);
    auto ingested = ingestor.ingest({m});
    if (!ingested || ingested->isEmpty())
        return 0;
    return ingested->first().messageId;
}

QStringList TestPhotos::round()
{
    const qsizetype before = m_provider->mediaRequests.size();
    m_collector->collect();
    if (!QTest::qWaitFor([this] { return !m_collector->busy(); }, 5000))
        return {QStringLiteral("the round did not end")};
    return m_provider->mediaRequests.mid(before);
}

QList<MessageMedia> TestPhotos::leadMedia()
{
    auto lead = LeadStore(db()).byNumber(kCustomer);
    if (!lead || !lead.value())
        return {};
    return MediaStore(db()).forLead(lead.value()->id).value_or({});
}

void TestPhotos::photosAreListedFetchedAndKept()
{
    const qint64 id = callerSends(QStringLiteral("MM1"), 2);
    QVERIFY(id > 0);
    QSignalSpy changed(m_collector.get(), &MediaCollector::changed);
    QCOMPARE(round(), QStringList({QStringLiteral("list MM1"), QStringLiteral("fetch /media/MM1/0"),
                                   QStringLiteral("fetch /media/MM1/1")}));
    QCOMPARE(changed.size(), 1);
    const QList<MessageMedia> media = leadMedia();
    QCOMPARE(media.size(), 2);
    for (const MessageMedia& m : media) {
        QCOMPARE(m.state, MessageMedia::State::Kept);
        QCOMPARE(m.messageId, id);
        auto bytes = MediaStore(db()).content(m.id);
        QVERIFY(bytes && bytes.value());
        QCOMPARE(*bytes.value(), photoBytes(m.location));
        QCOMPARE(m.byteSize, qint64(photoBytes(m.location).size()));
    }
    QCOMPARE(media.at(1).position, 1);
}

void TestPhotos::nothingIsAskedTwice()
{
    QVERIFY(callerSends(QStringLiteral("MM1"), 1) > 0);
    QCOMPARE(round().size(), 2);
    m_clock->advanceSecs(24 * 3600);
    QSignalSpy changed(m_collector.get(), &MediaCollector::changed);
    QCOMPARE(round(), QStringList());
    QCOMPARE(changed.size(), 0);
    // Recording the same list again (two desks, a retried request) adds nothing.
    const qint64 messageId = leadMedia().first().messageId;
    QVERIFY(MediaStore(db()).recordListing(messageId, {listed(QStringLiteral("MM1"), 0)}, m_clock->nowUtc()));
    QCOMPARE(leadMedia().size(), 1);
}

void TestPhotos::onlyCallersTextsWithMediaAreAsked()
{
    QVERIFY(callerSends(QStringLiteral("SM1"), 0) > 0);
    QCOMPARE(round(), QStringList());
    QVERIFY(leadMedia().isEmpty());
}

void TestPhotos::aFileTheProviderNoLongerHasIsGivenUpAloneAtOnce()
{
    QVERIFY(callerSends(QStringLiteral("MM1"), 2) > 0);
    m_provider->files.remove(QStringLiteral("/media/MM1/0")); // deleted in the account
    QCOMPARE(round().size(), 3);
    const QList<MessageMedia> media = leadMedia();
    QCOMPARE(media.size(), 2);
    QCOMPARE(media.at(0).state, MessageMedia::State::Unavailable);
    QCOMPARE(media.at(0).failure, QStringLiteral("gone"));
    QCOMPARE(media.at(1).state, MessageMedia::State::Kept);
    m_clock->advanceSecs(24 * 3600);
    QCOMPARE(round(), QStringList()); // never asked again
}

void TestPhotos::anOutageIsWaitedOutWithoutCounting()
{
    QVERIFY(callerSends(QStringLiteral("MM1"), 1) > 0);
    QVERIFY(callerSends(QStringLiteral("MM2"), 1) > 0);
    // Ten outages in a row: each ends its round at once and pauses the collecting (the other text
    // is not asked meanwhile), and none counts toward giving up.
    for (int i = 0; i < 10; ++i) {
        m_provider->mediaErrors.enqueue(ScriptedProvider::error(ProviderError::Kind::ServerError));
        QCOMPARE(round().size(), 1);
        QCOMPARE(round(), QStringList()); // paused
        m_clock->advanceSecs(60 * MediaCollector::kPassingPauseMins);
    }
    QCOMPARE(round().size(), 4); // both lists and both files
    QCOMPARE(leadMedia().size(), 2);
    for (const MessageMedia& m : leadMedia())
        QCOMPARE(m.state, MessageMedia::State::Kept);
}

void TestPhotos::otherFailuresGiveUpAfterTheLastTry()
{
    QVERIFY(callerSends(QStringLiteral("MM1"), 1) > 0);
    m_provider->mediaErrors.enqueue(ScriptedProvider::error(ProviderError::Kind::Forbidden));
    QCOMPARE(round(), QStringList({QStringLiteral("list MM1")}));
    m_clock->advanceSecs(60 * MediaCollector::kFirstPauseMins);
    // Listed on the second try; then the file is refused every time, with pauses of 1, 4, 16 and
    // 64 minutes between tries, until the last one gives it up.
    for (int attempt = 1; attempt <= MediaStore::kMaxAttempts; ++attempt) {
        m_provider->fileErrors.enqueue(ScriptedProvider::error(ProviderError::Kind::Forbidden));
        const QStringList asked = round();
        QCOMPARE(asked.count(QStringLiteral("fetch /media/MM1/0")), 1);
        const MessageMedia file = leadMedia().first();
        QCOMPARE(file.attempts, attempt);
        QCOMPARE(file.state, attempt < MediaStore::kMaxAttempts ? MessageMedia::State::Waiting
                                                                : MessageMedia::State::Unavailable);
        QCOMPARE(round(), QStringList()); // not before its pause is over
        m_clock->advanceSecs(60 * MediaCollector::kFirstPauseMins *
                             (qint64(1) << (2 * qMin(attempt - 1, 3))));
    }
    QCOMPARE(leadMedia().first().failure, QStringLiteral("failed"));
    QCOMPARE(round(), QStringList());
}

void TestPhotos::aRoundIsBounded()
{
    for (int i = 0; i < 10; ++i)
        QVERIFY(callerSends(QStringLiteral("MM%1").arg(i), 1) > 0);
    QCOMPARE(round().size(), MediaCollector::kRequestsPerRound);
    QCOMPARE(round().size(), MediaCollector::kRequestsPerRound);
    QCOMPARE(round().size(), 20 - 2 * MediaCollector::kRequestsPerRound);
    QCOMPARE(leadMedia().size(), 10);
    for (const MessageMedia& m : leadMedia())
        QCOMPARE(m.state, MessageMedia::State::Kept);
}

QTEST_GUILESS_MAIN(TestPhotos)
#include "tst_photos.moc"
