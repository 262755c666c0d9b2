// Where the Twilio credentials come from (environment first, then the credential store), and how
// the OS keychain's answers map to CredentialError: a machine with no keychain says so plainly.
#include "FakeHttpServer.h"
#include "providers/twilio/TwilioCredentialSource.h"
#include "providers/twilio/TwilioProvider.h"
#include "settings/KeychainCredentialStore.h"

#include <QtTest>
#include <qt6keychain/keychain.h>

using namespace ringback;

Q_DECLARE_METATYPE(ringback::CredentialError::Kind)

namespace {

using Resolved = Result<TwilioCredentials, CredentialError>;

QProcessEnvironment environment(const QString& sid, const QString& token)
{
    QProcessEnvironment env;
    if (!sid.isNull())
        env.insert(QStringLiteral("RINGBACK_TWILIO_ACCOUNT_SID"), sid);
    if (!token.isNull())
        env.insert(QStringLiteral("RINGBACK_TWILIO_AUTH_TOKEN"), token);
    return env;
}

std::optional<Resolved> resolve(const TwilioCredentialSource& source, const QString& sid,
                                const QString& keySid = {})
{
    std::optional<Resolved> out;
    source.resolve(sid, keySid, [&out](Resolved r) { out.emplace(std::move(r)); });
    return QTest::qWaitFor([&out] { return out.has_value(); }, 5000) ? out : std::nullopt;
}

const QString kSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");

} // namespace

class TestTwilioCredentials : public QObject
{
    Q_OBJECT
private slots:
    void environmentWins();
    void storeHoldsTheSecret();
    void apiKeySecretIsLookedUpByKeySid();
    void nothingFoundSaysWhatToDo_data();
    void nothingFoundSaysWhatToDo();
    void keychainErrors_data();
    void keychainErrors();
    void keychainOnThisMachineAnswersOnce();
    void credentialsNeverGoOverPlainHttp_data();
    void credentialsNeverGoOverPlainHttp();
};

void TestTwilioCredentials::environmentWins()
{
    InMemoryCredentialStore store;
    store.write(TwilioCredentialSource::secretKey(kSid), QStringLiteral("stored"),
                [](Result<void, CredentialError>) {});
    const TwilioCredentialSource source(&store,
                                        environment(QStringLiteral("ACenv"), QStringLiteral("envtoken")));
    const auto got = resolve(source, kSid);
    QVERIFY(got && got->ok());
    QCOMPARE(got->value().accountSid, QStringLiteral("ACenv"));
    QCOMPARE(got->value().secret, QStringLiteral("envtoken"));
    QVERIFY(!got->value().usesApiKey());
}

void TestTwilioCredentials::storeHoldsTheSecret()
{
    InMemoryCredentialStore store;
    store.write(QStringLiteral("twilio/") + kSid, QStringLiteral("stored"),
                [](Result<void, CredentialError>) {});
    // The SID from Settings, or from the environment when only the token is missing there.
    for (const QProcessEnvironment& env : {environment({}, {}), environment(kSid, {})}) {
        const TwilioCredentialSource source(&store, env);
        const auto got = resolve(source, env.isEmpty() ? kSid : QString());
        QVERIFY(got && got->ok());
        QCOMPARE(got->value().accountSid, kSid);
        QCOMPARE(got->value().secret, QStringLiteral("stored"));
    }
}

void TestTwilioCredentials::apiKeySecretIsLookedUpByKeySid()
{
    InMemoryCredentialStore store;
    const QString key = QStringLiteral("SK0123456789abcdef0123456789abcdef");
    store.write(TwilioCredentialSource::secretKey(key), QStringLiteral("keysecret"),
                [](Result<void, CredentialError>) {});
    const TwilioCredentialSource source(&store, environment({}, {}));
    const auto got = resolve(source, kSid, key);
    QVERIFY(got && got->ok());
    QCOMPARE(got->value().accountSid, kSid);
    QCOMPARE(got->value().apiKeySid, key);
    QCOMPARE(got->value().secret, QStringLiteral("keysecret"));
    QCOMPARE(got->value().userName(), key);
}

void TestTwilioCredentials::nothingFoundSaysWhatToDo_data()
{
    QTest::addColumn<QString>("sid");
    QTest::addColumn<bool>("withStore");
    QTest::newRow("no SID anywhere") << QString() << true;
    QTest::newRow("SID but nothing stored") << kSid << true;
    QTest::newRow("SID and no store") << kSid << false;
}

void TestTwilioCredentials::nothingFoundSaysWhatToDo()
{
    QFETCH(QString, sid);
    QFETCH(bool, withStore);
    InMemoryCredentialStore store;
    const TwilioCredentialSource source(withStore ? &store : nullptr, environment({}, {}));
    const auto got = resolve(source, sid);
    QVERIFY(got && !got->ok());
    QCOMPARE(got->error().kind, CredentialError::Kind::NotFound);
    QCOMPARE(got->error().message,
             QStringLiteral("No Twilio credentials were found. Set RINGBACK_TWILIO_ACCOUNT_SID and "
                            "RINGBACK_TWILIO_AUTH_TOKEN, or enter them in Settings."));
}

void TestTwilioCredentials::keychainErrors_data()
{
    QTest::addColumn<int>("keychainError");
    QTest::addColumn<CredentialError::Kind>("kind");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << CredentialError::Kind::NoBackend
                                << QString() << "no keychain Ringback can use";
    // What a headless Debian box really answers: OtherError (7) with D-Bus's complaint.
    QTest::newRow("headless Linux: no D-Bus session")
        << int(QKeychain::OtherError) << CredentialError::Kind::NoBackend
        << "Cannot autolaunch D-Bus without X11 $DISPLAY"
        << "no keychain Ringback can use";
    QTest::newRow("D-Bus but no Secret Service")
        << int(QKeychain::OtherError) << CredentialError::Kind::NoBackend
        << "org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided by "
           "any "
           ".service files"
        << "no keychain Ringback can use";
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << CredentialError::Kind::NoBackend
                                     << QString() << "no keychain Ringback can use";
    QTest::newRow("entry not found") << int(QKeychain::EntryNotFound) << CredentialError::Kind::NotFound
                                     << QString() << "Nothing is saved";
    QTest::newRow("denied by the user")
        << int(QKeychain::AccessDeniedByUser) << CredentialError::Kind::Denied << QString() << "refused";
    QTest::newRow("denied") << int(QKeychain::AccessDenied) << CredentialError::Kind::Denied << QString()
                            << "refused";
    QTest::newRow("other") << int(QKeychain::OtherError) << CredentialError::Kind::Other
                           << "The wallet is locked"
                           << "could not be used: The wallet is locked";
}

void TestTwilioCredentials::keychainErrors()
{
    QFETCH(int, keychainError);
    QFETCH(CredentialError::Kind, kind);
    QFETCH(QString, detail);
    QFETCH(QString, messagePart);
    const CredentialError e = KeychainCredentialStore::errorFor(keychainError, detail);
    QCOMPARE(e.kind, kind);
    QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
}

void TestTwilioCredentials::keychainOnThisMachineAnswersOnce()
{
    // Whatever keychain this machine has (none, on a CI box), a read of a key nobody wrote answers
    // exactly once, with NotFound or NoBackend and a message, never with a value.
    KeychainCredentialStore store(QStringLiteral("Ringback tests"));
    QVERIFY(!store.backendName().isEmpty());
    int calls = 0;
    std::optional<Result<QString, CredentialError>> got;
    store.read(QStringLiteral("twilio/no-such-key-%1").arg(QCoreApplication::applicationPid()),
               [&](Result<QString, CredentialError> r) {
                   ++calls;
                   got.emplace(std::move(r));
               });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30'000);
    QCOMPARE(calls, 1);
    QVERIFY(!got->ok());
    QVERIFY2(got->error().kind == CredentialError::Kind::NotFound ||
                 got->error().kind == CredentialError::Kind::NoBackend,
             qPrintable(got->error().message));
    QVERIFY(!got->error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestTwilioCredentials)
void TestTwilioCredentials::credentialsNeverGoOverPlainHttp_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("sent");
    // 192.0.2.1 (TEST-NET-1) is never reachable: a request there would only time out.
    QTest::newRow("http to another computer") << QStringLiteral("http://192.0.2.1:8080") << false;
    QTest::newRow("http to a name") << QStringLiteral("http://api.example.invalid") << false;
    QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:%1") << true;
}

void TestTwilioCredentials::credentialsNeverGoOverPlainHttp()
{
    // Enforced in the provider itself, whatever set the address (settings, --provider-url, an
    // older version's import): the Account SID and token never travel over plain http to another
    // computer.
    QFETCH(QString, baseUrl);
    QFETCH(bool, sent);
    test::FakeHttpServer server;
    QVERIFY(server.listen());
    if (baseUrl.contains(QLatin1String("%1")))
        baseUrl = baseUrl.arg(server.baseUrl().port());
    TwilioOptions options;
    options.baseUrl = QUrl(baseUrl);
    options.transferTimeoutMs = 60'000;
    TwilioProvider provider({kSid, {}, QStringLiteral("secret-token")}, options);
    std::optional<ProviderResult<AccountInfo>> got;
    provider.verifyCredentials([&](ProviderResult<AccountInfo> r) { got.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30'000);
    QCOMPARE(TwilioOptions::isSafeBaseUrl(options.baseUrl), sent);
    if (sent) {
        QCOMPARE(server.requests().size(), 1);
        return;
    }
    QVERIFY(!got->ok());
    QCOMPARE(int(got->error().kind), int(ProviderError::Kind::Rejected));
    QVERIFY2(got->error().message.contains(QLatin1String("https://")), qPrintable(got->error().message));
    QVERIFY(!got->error().message.contains(QLatin1String("secret-token")));
}

#include "tst_twiliocredentials.moc"
