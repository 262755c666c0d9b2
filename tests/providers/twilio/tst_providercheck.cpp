// `ringback --check-provider` as the user runs it: a separate process, no display, credentials from
// the environment, the provider played by FakeHttpServer. Success prints the account and its
// numbers; each failure prints one sentence and exits non-zero.
#include "FakeHttpServer.h"
#include "TwilioTestData.h"

#include <QProcess>
#include <QtTest>

using namespace ringback::test;
using namespace ringback::test::twilio;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestProviderCheck : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void printsAccountAndNumbers();
    void wrongTokenIsOneSentence();
    void noServerIsOneSentence();
    void noCredentialsIsOneSentence();

private:
    Run run(const QStringList& arguments, const QProcessEnvironment& environment);
    QProcessEnvironment withCredentials() const;

    std::unique_ptr<FakeHttpServer> m_server;
};

void TestProviderCheck::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
}

QProcessEnvironment TestProviderCheck::withCredentials() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // it must not need one
    env.insert(QStringLiteral("RINGBACK_TWILIO_ACCOUNT_SID"), kAccountSid);
    env.insert(QStringLiteral("RINGBACK_TWILIO_AUTH_TOKEN"), kAuthToken);
    return env;
}

Run TestProviderCheck::run(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RINGBACK_BINARY), arguments);
    Run r;
    // The event loop keeps turning meanwhile, so the fake server answers.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60'000)) {
        process.kill();
        const bool killed =
            QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 5000);
        r.err = QStringLiteral("ringback did not exit within 60 s%1")
                    .arg(killed ? QString() : QStringLiteral(" nor when killed"));
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TestProviderCheck::printsAccountAndNumbers()
{
    m_server->enqueue("GET", accountPath(QStringLiteral(".json")),
                      FakeResponse::json(200, R"({"sid": ")" + kAccountSid.toUtf8() +
                                                  R"(", "friendly_name": "Acme Plumbing", "status": "active",
                                                  "auth_token": ")" +
                                                  kAuthToken.toUtf8() + R"("})"));
    m_server->enqueue("GET", accountPath(QStringLiteral("/IncomingPhoneNumbers.json")),
                      FakeResponse::json(200, R"({"incoming_phone_numbers": [
                          {"sid": "PN1", "phone_number": "+15125550100", "friendly_name": "Main line",
                           "capabilities": {"voice": true, "sms": true}},
                          {"sid": "PN2", "phone_number": "+442071838750", "friendly_name": "London",
                           "capabilities": {"voice": true, "sms": false}}], "next_page_uri": null})"));

    // The texting registration, from the Messaging API (here the same fake): PN1 is in a service
    // whose campaign is verified.
    m_server->enqueue("GET", QStringLiteral("/v1/a2p/BrandRegistrations"),
                      FakeResponse::json(200, R"({"data": [{"sid": "BN1", "status": "APPROVED"}],
                                                  "meta": {"next_page_url": null}})"));
    m_server->enqueue("GET", QStringLiteral("/v1/Services"),
                      FakeResponse::json(200, R"({"services": [{"sid": "MG1", "friendly_name": "Office"}],
                                                  "meta": {"next_page_url": null}})"));
    m_server->enqueue(
        "GET", QStringLiteral("/v1/Services/MG1/Compliance/Usa2p"),
        FakeResponse::json(200, R"({"compliance": [{"sid": "QE1", "campaign_status": "VERIFIED"}],
                                                  "meta": {"next_page_url": null}})"));
    m_server->enqueue(
        "GET", QStringLiteral("/v1/Services/MG1/PhoneNumbers"),
        FakeResponse::json(200, R"({"phone_numbers": [{"sid": "PN1", "phone_number": "+15125550100"}],
                                                  "meta": {"next_page_url": null}})"));
    m_server->enqueue("GET", QStringLiteral("/v1/Tollfree/Verifications"),
                      FakeResponse::json(200, R"({"verifications": [], "meta": {"next_page_url": null}})"));

    const Run r =
        run({QStringLiteral("--check-provider"), QStringLiteral("--provider"), QStringLiteral("twilio"),
             QStringLiteral("--provider-url"), m_server->baseUrl().toString(),
             QStringLiteral("--messaging-url"), m_server->baseUrl().toString()},
            withCredentials());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QLatin1String("Twilio account: Acme Plumbing (") + kAccountSid +
                            QLatin1String(", active)")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("(512) 555-0100  Main line (calls and texts)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("+44 20 7183 8750  London (calls only)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("  (512) 555-0100, US local number: Ready to text US numbers\n")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(
                 QLatin1String("  +44 20 7183 8750: Not a US number, so US registration does not apply\n")),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(kAuthToken) && !r.err.contains(kAuthToken));
    QCOMPARE(m_server->requests().size(), 7);
}

void TestProviderCheck::wrongTokenIsOneSentence()
{
    m_server->enqueue("GET", accountPath(QStringLiteral(".json")),
                      FakeResponse::json(401, twilioError(20003, QStringLiteral("Authenticate"), 401)));
    const Run r = run({QStringLiteral("--check-provider"), QStringLiteral("--provider-url"),
                       m_server->baseUrl().toString()},
                      withCredentials());
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.err.trimmed(),
             QStringLiteral("Twilio refused the Account SID or Auth Token. Check them in Settings."));
    QCOMPARE(r.out, QString());
}

void TestProviderCheck::noServerIsOneSentence()
{
    const quint16 port = m_server->port();
    m_server.reset(); // nothing listens there any more
    const Run r = run({QStringLiteral("--check-provider"), QStringLiteral("--provider-url"),
                       QStringLiteral("http://127.0.0.1:%1").arg(port)},
                      withCredentials());
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.err.trimmed(),
             QStringLiteral("Ringback cannot reach 127.0.0.1. Check the internet connection."));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
}

void TestProviderCheck::noCredentialsIsOneSentence()
{
    QProcessEnvironment env = withCredentials();
    env.remove(QStringLiteral("RINGBACK_TWILIO_ACCOUNT_SID"));
    env.remove(QStringLiteral("RINGBACK_TWILIO_AUTH_TOKEN"));
    const Run r = run({QStringLiteral("--check-provider"), QStringLiteral("--provider-url"),
                       m_server->baseUrl().toString()},
                      env);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed(),
             QStringLiteral("No Twilio credentials were found. Set RINGBACK_TWILIO_ACCOUNT_SID and "
                            "RINGBACK_TWILIO_AUTH_TOKEN, or enter them in Settings."));
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestProviderCheck)
#include "tst_providercheck.moc"
