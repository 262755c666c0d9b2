#include "FakeHttpServer.h"
#include "NoKeychain.h"
#include "ScriptedProvider.h"
#include "TempDatabase.h"
#include "common/LanguageLoader.h"
#include "hours/BusinessHoursStore.h"
#include "providers/twilio/TwilioCredentialSource.h"
#include "providers/twilio/TwilioProvider.h"
#include "settings/CredentialChooser.h"
#include "settings/CredentialFileStore.h"
#include "settings/Settings.h"
#include "store/KeyValueStore.h"
#include "templates/SmsSegmentCounter.h"
#include "templates/TemplateDefaults.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

namespace {

using test::NoKeychain;

const QString kSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("tok5e1f2a3b4c5d6e7f8091a2b3c4d5e6f7");

// One office's first start: a fresh database, this desk's QSettings file, a keychain (in memory or
// missing), and a fake Twilio on 127.0.0.1.
struct Office
{
    explicit Office(bool keychainWorks = true)
    {
        machine = std::make_unique<QSettings>(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        settings = std::make_unique<Settings>(&kv, machine.get());
        std::unique_ptr<CredentialStore> keychain;
        if (keychainWorks) {
            auto memory = std::make_unique<InMemoryCredentialStore>();
            inMemory = memory.get();
            keychain = std::move(memory);
        } else {
            keychain = std::make_unique<NoKeychain>();
        }
        credentials = std::make_unique<CredentialChooser>(
            std::move(keychain), std::make_unique<CredentialFileStore>(credentialFile()), false);
        server.listen();
    }

    QString credentialFile() const { return dir.filePath(QStringLiteral("credentials.json")); }

    ProviderProbe probe()
    {
        return [this](const QString& kind, const QString& sid,
                      const QString& token) -> std::unique_ptr<VoipProvider> {
            ++probes;
            if (kind == QLatin1String("simulator")) {
                auto demo = std::make_unique<ScriptedProvider>();
                demo->numbers << ProviderNumber{QStringLiteral("PN2"), QStringLiteral("+15125550123"),
                                                QStringLiteral("Emergency line"), true, true};
                return demo;
            }
            TwilioOptions options;
            options.baseUrl = server.baseUrl();
            return std::make_unique<TwilioProvider>(TwilioCredentials{sid, QString(), token}, options);
        };
    }

    void answerAccount()
    {
        server.enqueue(
            "GET", QStringLiteral("/2010-04-01/Accounts/%1.json").arg(kSid),
            FakeResponse::json(200, R"({"sid": ")" + kSid.toUtf8() +
                                        R"(", "friendly_name": "Acme Plumbing", "status": "active"})"));
        server.enqueue("GET", QStringLiteral("/2010-04-01/Accounts/%1/IncomingPhoneNumbers.json").arg(kSid),
                       FakeResponse::json(200, R"({"incoming_phone_numbers": [
                          {"sid": "PN1", "phone_number": "+15125550100", "friendly_name": "Main line",
                           "capabilities": {"voice": true, "sms": true}},
                          {"sid": "PN2", "phone_number": "+15125550111", "friendly_name": "Fax",
                           "capabilities": {"voice": true, "sms": false}}], "next_page_uri": null})"));
    }

    QTemporaryDir dir;
    TempDatabase db;
    KeyValueStore kv{db.db(), KeyValueStore::Table::Settings};
    std::unique_ptr<QSettings> machine;
    std::unique_ptr<Settings> settings;
    InMemoryCredentialStore* inMemory = nullptr;
    std::unique_ptr<CredentialChooser> credentials;
    FakeHttpServer server;
    int probes = 0;
};

QAbstractButton* button(QWizard& w, QWizard::WizardButton which)
{
    return w.button(which);
}

void click(QAbstractButton* b)
{
    QVERIFY2(b->isVisible() && b->isEnabled(), qPrintable(b->text()));
    QTest::mouseClick(b, Qt::LeftButton);
}

template <class T>
T* child(QWidget& w, const char* name)
{
    return w.findChild<T*>(QString::fromLatin1(name));
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT
private slots:
    void goodCredentialsToTheEnd();
    void badCredentialsSayWhyAndBlockNext();
    void providerMessageShowsAsText_data();
    void providerMessageShowsAsText();
    void demoFinishesInTwoClicks();
    void noKeychainAsksConsentForThePrivateFile();
    void runAgainKeepsTheSavedToken();
    void spanishShowsSpanishText();
    void welcomeOffersASharedDatabase();
};

void TestSetupWizard::goodCredentialsToTheEnd()
{
    Office office;
    office.answerAccount();
    SetupWizard wizard(office.db.db(), *office.settings, *office.credentials, office.probe(), false);
    bool saved = false;
    connect(&wizard, &SetupWizard::setupSaved, this, [&saved] { saved = true; });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    click(button(wizard, QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(SetupWizard::ProviderPageId));
    QVERIFY(child<QRadioButton>(wizard, "providerTwilio")->isChecked());
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(wizard, "accountSid"), kSid);
    QTest::keyClicks(child<QLineEdit>(wizard, "authToken"), kToken);
    click(child<QPushButton>(wizard, "testConnection"));
    auto* result = child<QLabel>(wizard, "connectionResult");
    QTRY_VERIFY2(result->text().contains(QStringLiteral("Acme Plumbing")), qPrintable(result->text()));
    QVERIFY(!result->property("problem").toBool());
    QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());

    click(button(wizard, QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(SetupWizard::NumbersPageId));
    QTRY_VERIFY(child<QCheckBox>(wizard, "number_+15125550100"));
    auto* main = child<QCheckBox>(wizard, "number_+15125550100");
    auto* fax = child<QCheckBox>(wizard, "number_+15125550111");
    QVERIFY(main->isChecked() && main->isEnabled());
    QVERIFY(main->text().contains(QStringLiteral("(512) 555-0100")));
    QVERIFY(!fax->isEnabled() && !fax->isChecked());

    click(button(wizard, QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(SetupWizard::BusinessPageId));
    auto* name = child<QLineEdit>(wizard, "businessName");
    name->clear();
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Acme Plumbing"));
    QTest::mouseClick(child<QCheckBox>(wizard, "open_6"), Qt::LeftButton); // open on Saturdays too
    click(button(wizard, QWizard::NextButton));

    QCOMPARE(wizard.currentId(), int(SetupWizard::PreviewPageId));
    QCOMPARE(
        child<QLabel>(wizard, "previewText")->text(),
        QStringLiteral("Hi, this is Acme Plumbing. Sorry we missed your call - what can we help you with?"));
    QVERIFY(child<QLabel>(wizard, "previewCount")->text().contains(QStringLiteral("one text message")));
    click(button(wizard, QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(SetupWizard::DonePageId));
    click(button(wizard, QWizard::FinishButton));
    QTRY_VERIFY(saved);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    const Settings& s = *office.settings;
    QCOMPARE(s.stringValue(SettingKey::ProviderKind), QStringLiteral("twilio"));
    QCOMPARE(s.stringValue(SettingKey::ProviderAccountId), kSid);
    QCOMPARE(s.listValue(SettingKey::BusinessNumbers), QStringList{QStringLiteral("+15125550100")});
    QCOMPARE(s.listValue(SettingKey::ProviderPhoneNumbersCache),
             (QStringList{QStringLiteral("+15125550100"), QStringLiteral("+15125550111")}));
    QCOMPARE(s.stringValue(SettingKey::BusinessName), QStringLiteral("Acme Plumbing"));
    QVERIFY(s.boolValue(SettingKey::SetupCompleted));
    auto hours = BusinessHoursStore(office.db.db()).load();
    QVERIFY(hours.ok());
    QCOMPARE(hours.value().ranges(1), (QList<TimeRange>{{8 * 60, 17 * 60}}));
    QCOMPARE(hours.value().ranges(6), (QList<TimeRange>{{8 * 60, 17 * 60}}));
    QVERIFY(hours.value().ranges(7).isEmpty());

    std::optional<QString> token;
    office.inMemory->read(TwilioCredentialSource::secretKey(kSid), [&](Result<QString, CredentialError> r) {
        if (r)
            token = r.value();
    });
    QCOMPARE(token, std::optional(kToken));

    // The token is in the credential store only: not in the database, not in QSettings.
    office.machine->sync();
    const QString dbPath = office.db.path();
    office.db.close();
    const QByteArray secret = kToken.toUtf8();
    QVERIFY(!fileBytes(dbPath).isEmpty());
    QVERIFY(!fileBytes(dbPath).contains(secret));
    QVERIFY(!fileBytes(dbPath + QStringLiteral("-wal")).contains(secret));
    QVERIFY(!fileBytes(office.machine->fileName()).contains(secret));
    QVERIFY(!QFile::exists(office.credentialFile()));
}

void TestSetupWizard::badCredentialsSayWhyAndBlockNext()
{
    Office office;
    office.server.enqueue(
        "GET", QStringLiteral("/2010-04-01/Accounts/%1.json").arg(kSid),
        FakeResponse::json(401, R"({"code": 20003, "message": "Authenticate", "status": 401})"));
    SetupWizard wizard(office.db.db(), *office.settings, *office.credentials, office.probe(), false);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    click(button(wizard, QWizard::NextButton));

    auto* result = child<QLabel>(wizard, "connectionResult");
    click(child<QPushButton>(wizard, "testConnection"));
    QCOMPARE(result->text(), QStringLiteral("Enter the Account SID first."));
    QCOMPARE(office.probes, 0);

    QTest::keyClicks(child<QLineEdit>(wizard, "accountSid"), kSid);
    QTest::keyClicks(child<QLineEdit>(wizard, "authToken"), QStringLiteral("wrong"));
    click(child<QPushButton>(wizard, "testConnection"));
    QCOMPARE(result->text(), QStringLiteral("Connecting to Twilio..."));
    QTRY_VERIFY(result->property("problem").toBool());
    QCOMPARE(result->text(),
             QStringLiteral("Twilio refused the Account SID or Auth Token. Check them in Settings."));
    QVERIFY(!result->text().contains(QStringLiteral("wrong")));
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.currentId(), int(SetupWizard::ProviderPageId));
    QVERIFY(!office.settings->boolValue(SettingKey::SetupCompleted));

    // Editing the token forgets the verdict.
    QTest::keyClicks(child<QLineEdit>(wizard, "authToken"), QStringLiteral("x"));
    QVERIFY(result->text().isEmpty());
}

void TestSetupWizard::providerMessageShowsAsText_data()
{
    // The provider's refusal is quoted on the page: its words, never its markup.
    QTest::addColumn<QByteArray>("json"); // the "message" as JSON text
    QTest::addColumn<QString>("shown");
    QTest::newRow("bold") << QByteArray(R"(<b>x</b>)") << QStringLiteral("<b>x</b>");
    QTest::newRow("image of a local file") << QByteArray(R"(<img src=\"file:///etc/passwd\">)")
                                           << QStringLiteral("<img src=\"file:///etc/passwd\">");
    QTest::newRow("link") << QByteArray(R"(<a href=\"https://x\">y</a>)")
                          << QStringLiteral("<a href=\"https://x\">y</a>");
    QTest::newRow("control characters")
        << QByteArray(R"(\u001b]0;pwned\u0007hi)") << QStringLiteral("\uFFFD]0;pwned\uFFFDhi");
}

void TestSetupWizard::providerMessageShowsAsText()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, shown);
    Office office;
    office.server.enqueue(
        "GET", QStringLiteral("/2010-04-01/Accounts/%1.json").arg(kSid),
        FakeResponse::json(400, R"({"code": 90001, "message": ")" + json + R"(", "status": 400})"));
    SetupWizard wizard(office.db.db(), *office.settings, *office.credentials, office.probe(), false);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    click(button(wizard, QWizard::NextButton));
    auto* result = child<QLabel>(wizard, "connectionResult");
    QTest::keyClicks(child<QLineEdit>(wizard, "accountSid"), kSid);
    QTest::keyClicks(child<QLineEdit>(wizard, "authToken"), kToken);
    click(child<QPushButton>(wizard, "testConnection"));
    QTRY_VERIFY(result->property("problem").toBool());
    QCOMPARE(result->textFormat(), Qt::PlainText);
    QVERIFY2(result->text().contains(shown), qPrintable(result->text()));
}

void TestSetupWizard::demoFinishesInTwoClicks()
{
    Office office;
    SetupWizard wizard(office.db.db(), *office.settings, *office.credentials, office.probe(), true);
    bool saved = false;
    connect(&wizard, &SetupWizard::setupSaved, this, [&saved] { saved = true; });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    click(button(wizard, QWizard::NextButton));
    QVERIFY(child<QRadioButton>(wizard, "providerDemo")->isChecked());
    click(button(wizard, QWizard::FinishButton));
    QTRY_VERIFY(saved);
    QCOMPARE(office.settings->stringValue(SettingKey::ProviderKind), QStringLiteral("simulator"));
    QVERIFY(office.settings->boolValue(SettingKey::SetupCompleted));
    QVERIFY(office.settings->stringValue(SettingKey::ProviderAccountId).isEmpty());
    const QStringList demoNumbers{QStringLiteral("+15125550100"), QStringLiteral("+15125550123")};
    QCOMPARE(office.settings->listValue(SettingKey::BusinessNumbers), demoNumbers);
    QCOMPARE(office.settings->listValue(SettingKey::ProviderPhoneNumbersCache), demoNumbers);
    // Default opening hours were saved, so the after-hours text has a next opening to name.
    auto hours = BusinessHoursStore(office.db.db()).load();
    QCOMPARE(hours.value().ranges(3), (QList<TimeRange>{{8 * 60, 17 * 60}}));
    QVERIFY(hours.value().ranges(7).isEmpty());
}

void TestSetupWizard::noKeychainAsksConsentForThePrivateFile()
{
    Office office(false);
    office.answerAccount();
    SetupWizard wizard(office.db.db(), *office.settings, *office.credentials, office.probe(), false);
    bool saved = false;
    connect(&wizard, &SetupWizard::setupSaved, this, [&saved] { saved = true; });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    click(button(wizard, QWizard::NextButton));

    auto* consent = child<QCheckBox>(wizard, "fileConsent");
    QTRY_VERIFY(consent->isVisible());
    const QString why = child<QLabel>(wizard, "noKeychain")->text();
    QVERIFY2(why.contains(QStringLiteral("no keychain")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("only you can read: ") + office.credentialFile()), qPrintable(why));
    QVERIFY(!consent->isChecked());
    QTest::keyClicks(child<QLineEdit>(wizard, "accountSid"), kSid);
    QTest::keyClicks(child<QLineEdit>(wizard, "authToken"), kToken);
    click(child<QPushButton>(wizard, "testConnection"));
    QTRY_VERIFY(child<QLabel>(wizard, "connectionResult")->text().contains(QStringLiteral("Acme Plumbing")));
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled()); // not without consent
    QTest::mouseClick(consent, Qt::LeftButton, {}, QPoint(8, consent->height() / 2));
    QVERIFY(consent->isChecked());
    QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());

    while (wizard.currentId() != SetupWizard::DonePageId) {
        QTRY_VERIFY(button(wizard, QWizard::NextButton)->isEnabled());
        click(button(wizard, QWizard::NextButton));
    }
    click(button(wizard, QWizard::FinishButton));
    QTRY_VERIFY(saved);
    QVERIFY(office.settings->boolValue(SettingKey::CredentialFileAllowed));
    QVERIFY(QFile::exists(office.credentialFile()));
    QVERIFY(!CredentialFileStore::othersCanRead(office.credentialFile()));
    CredentialFileStore file(office.credentialFile());
    std::optional<QString> token;
    file.read(TwilioCredentialSource::secretKey(kSid), [&](Result<QString, CredentialError> r) {
        if (r)
            token = r.value();
    });
    QCOMPARE(token, std::optional(kToken));
    office.machine->sync();
    QVERIFY(!fileBytes(office.machine->fileName()).contains(kToken.toUtf8()));
}

void TestSetupWizard::runAgainKeepsTheSavedToken()
{
    Office office;
    office.answerAccount();
    office.settings->setValue(SettingKey::ProviderKind, QStringLiteral("twilio"));
    office.settings->setValue(SettingKey::ProviderAccountId, kSid);
    office.settings->setValue(SettingKey::SetupCompleted, true);
    office.inMemory->write(TwilioCredentialSource::secretKey(kSid), kToken, [](auto) {});
    SetupWizard wizard(office.db.db(), *office.settings, *office.credentials, office.probe(), false);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    click(button(wizard, QWizard::NextButton));
    QCOMPARE(child<QLineEdit>(wizard, "accountSid")->text(), kSid);
    QVERIFY(child<QLineEdit>(wizard, "authToken")->text().isEmpty());
    click(child<QPushButton>(wizard, "testConnection"));
    QTRY_VERIFY(child<QLabel>(wizard, "connectionResult")->text().contains(QStringLiteral("Acme Plumbing")));
    QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
    const FakeRequest account = office.server.requests().value(0);
    const TwilioCredentials saved{kSid, QString(), kToken};
    QCOMPARE(account.header("Authorization"), saved.authorizationHeader());
}

void TestSetupWizard::spanishShowsSpanishText()
{
    QCOMPARE(LanguageLoader::install(QStringLiteral("es")), QStringLiteral("es"));
    {
        Office office;
        SetupWizard wizard(office.db.db(), *office.settings, *office.credentials, office.probe(), false);
        QCOMPARE(child<QPushButton>(wizard, "testConnection")->text(), QStringLiteral("Probar la conexión"));
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Configurar Ringback"));
    }
    // The translated default texts stay in the GSM-7 alphabet (one UCS-2 letter would halve their room).
    const auto defaultsStayGsm = [] {
        for (TemplateRole role : singleTemplateRoles()) {
            const QString body = TemplateDefaults::body(role);
            QVERIFY2(SmsSegmentCounter::count(body).encoding == SmsEncoding::Gsm7, qPrintable(body));
        }
    };
    QVERIFY(TemplateDefaults::body(TemplateRole::BusinessHours).startsWith(QStringLiteral("Hola")));
    defaultsStayGsm();
    QCOMPARE(LanguageLoader::install(QStringLiteral("fr")), QStringLiteral("fr"));
    {
        Office office;
        SetupWizard wizard(office.db.db(), *office.settings, *office.credentials, office.probe(), false);
        QCOMPARE(child<QPushButton>(wizard, "testConnection")->text(), QStringLiteral("Tester la connexion"));
    }
    QVERIFY(TemplateDefaults::body(TemplateRole::BusinessHours).startsWith(QStringLiteral("Bonjour")));
    defaultsStayGsm();
    QCOMPARE(LanguageLoader::install(QStringLiteral("en")), QStringLiteral("en"));
}

QTEST_MAIN(TestSetupWizard)
void TestSetupWizard::welcomeOffersASharedDatabase()
{
    Office office;
    SetupWizard wizard(office.db.db(), *office.settings, *office.credentials, office.probe(), true);
    QSignalSpy asked(&wizard, &SetupWizard::sharedDatabaseRequested);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // This computer only is the default; the shared set-up waits until "Shared" is chosen.
    QVERIFY(child<QRadioButton>(wizard, "storageLocal")->isChecked());
    auto* setUp = child<QPushButton>(wizard, "setUpSharedDatabase");
    QVERIFY(!setUp->isEnabled());
    click(child<QRadioButton>(wizard, "storageShared"));
    QVERIFY(setUp->isEnabled());
    click(setUp);
    QCOMPARE(asked.count(), 1);
    // The rest of the setup is unchanged: Next still leads to the provider.
    click(button(wizard, QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(SetupWizard::ProviderPageId));
}

#include "tst_setupwizard.moc"
