#include "NoKeychain.h"
#include "settings/CredentialChooser.h"
#include "settings/CredentialFileStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <qt6keychain/keychain.h>

#include <optional>

using namespace ringback;

namespace {

using test::NoKeychain;
using test::UnreachableKeychain;

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString kToken = QStringLiteral("tok-0123456789abcdef-secret");

template <class T>
Result<T, CredentialError> sync(std::function<void(CredentialStore::Done<T>)> call)
{
    std::optional<Result<T, CredentialError>> got;
    call([&got](Result<T, CredentialError> r) { got = std::move(r); });
    if (!got)
        return CredentialError{CredentialError::Kind::Other, QStringLiteral("no answer")};
    return std::move(*got);
}

Result<QString, CredentialError> readFrom(CredentialStore& store, const QString& key)
{
    return sync<QString>([&](auto done) { store.read(key, done); });
}

Result<void, CredentialError> writeTo(CredentialStore& store, const QString& key, const QString& secret)
{
    return sync<void>([&](auto done) { store.write(key, secret, done); });
}

} // namespace

class TestCredentialFile : public QObject
{
    Q_OBJECT
private slots:
    void createdOwnerOnlyAndRoundTrips();
    void refusesAFileOthersCanRead();
    void writeRepairsPermissions();
    void missingKeyIsNotFound();
    void chooserUsesTheFileOnlyWithConsentWhenNoKeychain();
    void chooserPrefersAWorkingKeychain();
    void unreachableSessionBusMeansNoKeychain_data();
    void unreachableSessionBusMeansNoKeychain();
    void describesWhereTheTokenIs();
};

void TestCredentialFile::createdOwnerOnlyAndRoundTrips()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/credentials.json"));
    CredentialFileStore store(path);
    QVERIFY(writeTo(store, QStringLiteral("twilio/AC1"), kToken).ok());
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), kOwnerOnly);
    QVERIFY(!CredentialFileStore::othersCanRead(path));

    CredentialFileStore again(path);
    auto got = readFrom(again, QStringLiteral("twilio/AC1"));
    QVERIFY(got.ok());
    QCOMPARE(got.value(), kToken);

    QVERIFY(writeTo(again, QStringLiteral("twilio/AC2"), QStringLiteral("second")).ok());
    QCOMPARE(readFrom(store, QStringLiteral("twilio/AC1")).value(), kToken);
    QVERIFY(sync<void>([&](auto done) { store.remove(QStringLiteral("twilio/AC1"), done); }).ok());
    QCOMPARE(readFrom(store, QStringLiteral("twilio/AC1")).error().kind, CredentialError::Kind::NotFound);
    QCOMPARE(readFrom(store, QStringLiteral("twilio/AC2")).value(), QStringLiteral("second"));
}

void TestCredentialFile::refusesAFileOthersCanRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("credentials.json"));
    CredentialFileStore store(path);
    QVERIFY(writeTo(store, QStringLiteral("twilio/AC1"), kToken).ok());
    QVERIFY(QFile::setPermissions(path, kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    auto got = readFrom(store, QStringLiteral("twilio/AC1"));
    QVERIFY(!got.ok());
    QCOMPARE(got.error().kind, CredentialError::Kind::Denied);
    QVERIFY2(got.error().message.contains(QStringLiteral("other people")), qPrintable(got.error().message));
    QVERIFY(got.error().message.contains(path));
    QVERIFY(!got.error().message.contains(kToken));
}

void TestCredentialFile::writeRepairsPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("credentials.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{}");
    }
    QVERIFY(QFile::setPermissions(path, kOwnerOnly | QFileDevice::ReadOther));
    CredentialFileStore store(path);
    QVERIFY(writeTo(store, QStringLiteral("twilio/AC1"), kToken).ok());
    QVERIFY(!CredentialFileStore::othersCanRead(path));
    QCOMPARE(readFrom(store, QStringLiteral("twilio/AC1")).value(), kToken);
}

void TestCredentialFile::missingKeyIsNotFound()
{
    QTemporaryDir dir;
    CredentialFileStore store(dir.filePath(QStringLiteral("none.json")));
    QCOMPARE(readFrom(store, QStringLiteral("twilio/AC1")).error().kind, CredentialError::Kind::NotFound);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.json"))));
}

void TestCredentialFile::chooserUsesTheFileOnlyWithConsentWhenNoKeychain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("credentials.json"));
    CredentialChooser chooser(std::make_unique<NoKeychain>(), std::make_unique<CredentialFileStore>(path),
                              false);

    std::optional<bool> hasBackend;
    chooser.probeKeychain([&](bool has) { hasBackend = has; });
    QCOMPARE(hasBackend, std::optional<bool>(false));

    auto refused = writeTo(chooser, QStringLiteral("twilio/AC1"), kToken);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CredentialError::Kind::NoBackend);
    QVERIFY(!QFile::exists(path));

    chooser.setFileAllowed(true);
    QVERIFY(writeTo(chooser, QStringLiteral("twilio/AC1"), kToken).ok());
    QVERIFY(QFile::exists(path));
    QCOMPARE(readFrom(chooser, QStringLiteral("twilio/AC1")).value(), kToken);
    std::optional<CredentialChooser::Place> place;
    chooser.locate(QStringLiteral("twilio/AC1"), [&](CredentialChooser::Place p) { place = p; });
    QCOMPARE(place, std::optional(CredentialChooser::Place::File));
}

void TestCredentialFile::chooserPrefersAWorkingKeychain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("credentials.json"));
    auto keychain = std::make_unique<InMemoryCredentialStore>();
    InMemoryCredentialStore* memory = keychain.get();
    CredentialChooser chooser(std::move(keychain), std::make_unique<CredentialFileStore>(path), true);
    QVERIFY(writeTo(chooser, QStringLiteral("twilio/AC1"), kToken).ok());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(readFrom(*memory, QStringLiteral("twilio/AC1")).value(), kToken);
    std::optional<CredentialChooser::Place> place;
    chooser.locate(QStringLiteral("twilio/AC1"), [&](CredentialChooser::Place p) { place = p; });
    QCOMPARE(place, std::optional(CredentialChooser::Place::Keychain));
    chooser.locate(QStringLiteral("twilio/AC2"), [&](CredentialChooser::Place p) { place = p; });
    QCOMPARE(place, std::optional(CredentialChooser::Place::Nowhere));
}

void TestCredentialFile::unreachableSessionBusMeansNoKeychain_data()
{
    QTest::addColumn<int>("keychainError");
    QTest::addColumn<QString>("detail");
    // What QtKeychain answers with a stale DBUS_SESSION_BUS_ADDRESS: libsecret's GDBus error
    // (OtherError), or Qt D-Bus's.
    QTest::newRow("libsecret, socket gone")
        << int(QKeychain::OtherError) << QStringLiteral("Could not connect: No such file or directory");
    QTest::newRow("libsecret, refused")
        << int(QKeychain::OtherError) << QStringLiteral("Could not connect to 127.0.0.1: Connection refused");
    QTest::newRow("libsecret, malformed address")
        << int(QKeychain::OtherError)
        << QStringLiteral("Address element “garbage” does not contain a colon (:)");
    QTest::newRow("Qt D-Bus, no server")
        << int(QKeychain::OtherError)
        << QStringLiteral("org.freedesktop.DBus.Error.NoServer: Failed to connect to socket "
                          "/run/user/1000/bus: Connection refused");
    QTest::newRow("no backend, could not connect")
        << int(QKeychain::NoBackendAvailable) << QStringLiteral("Could not connect: Connection refused");
}

void TestCredentialFile::unreachableSessionBusMeansNoKeychain()
{
    QFETCH(int, keychainError);
    QFETCH(QString, detail);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("credentials.json"));
    CredentialFileStore file(path);
    QVERIFY(writeTo(file, QStringLiteral("twilio/AC1"), kToken).ok());

    // The user allowed the 0600 file because this computer has no keychain: it is tried.
    CredentialChooser chooser(std::make_unique<UnreachableKeychain>(keychainError, detail),
                              std::make_unique<CredentialFileStore>(path), true);
    std::optional<bool> hasBackend;
    chooser.probeKeychain([&](bool has) { hasBackend = has; });
    QCOMPARE(hasBackend, std::optional<bool>(false));
    const auto read = readFrom(chooser, QStringLiteral("twilio/AC1"));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read.value(), kToken);
    std::optional<CredentialChooser::Place> place;
    chooser.locate(QStringLiteral("twilio/AC1"), [&](CredentialChooser::Place p) { place = p; });
    QCOMPARE(place, std::optional(CredentialChooser::Place::File));
}

void TestCredentialFile::describesWhereTheTokenIs()
{
    using Place = CredentialChooser::Place;
    QCOMPARE(CredentialChooser::describe(Place::Keychain, {}),
             QStringLiteral("Saved in the system keychain"));
    QCOMPARE(
        CredentialChooser::describe(Place::File,
                                    QStringLiteral("/home/ann/.config/Ringback/credentials.json")),
        QStringLiteral("Saved in a file only you can read: /home/ann/.config/Ringback/credentials.json"));
    QCOMPARE(CredentialChooser::describe(Place::Environment, {}),
             QStringLiteral("From environment variables"));
}

QTEST_GUILESS_MAIN(TestCredentialFile)
#include "tst_credentialfile.moc"
