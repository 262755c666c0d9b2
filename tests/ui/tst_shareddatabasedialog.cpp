// The Shared database dialog against the test server: Test connection answers in one sentence
// (connected, or what is wrong), Move copies the desk's data, Save puts the password in the
// credential store and nowhere else.
#include "TempDatabase.h"
#include "settings/CredentialStore.h"
#include "settings/SharedDatabaseDialog.h"
#include "store/LeadStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;
using namespace ringback::ui;

class TestSharedDatabaseDialog : public QObject
{
    Q_OBJECT
private slots:
    void testConnectionSaysWhatIsWrong();
    void movesAndSavesThePasswordInTheCredentialStore();
};

void TestSharedDatabaseDialog::testConnectionSaysWhatIsWrong()
{
    TempDatabase shared(SqlDialect::Kind::Postgres, QStringLiteral("shared"));
    QVERIFY2(shared.ok(), qPrintable(shared.errorText()));
    InMemoryCredentialStore keychain;
    SharedDatabaseDialog dialog(keychain, nullptr);
    dialog.setLocation(shared.location());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("moveDeskData"))->isVisible());

    auto* test = dialog.findChild<QPushButton*>(QStringLiteral("testConnection"));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(dialog.resultText().startsWith(QLatin1String("Connected to")), qPrintable(dialog.resultText()));

    auto* database = dialog.findChild<QLineEdit*>(QStringLiteral("database"));
    database->clear();
    QTest::keyClicks(database, QStringLiteral("no_such_db"));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(dialog.resultText().contains(QLatin1String("no database called \"no_such_db\"")),
             qPrintable(dialog.resultText()));
}

void TestSharedDatabaseDialog::movesAndSavesThePasswordInTheCredentialStore()
{
    TempDatabase desk(SqlDialect::Kind::Sqlite, QStringLiteral("desk"));
    QVERIFY(desk.ok());
    QVERIFY(LeadStore(desk.db())
                .findOrCreate(QStringLiteral("+15125550147"), QString(), QDateTime::currentDateTimeUtc())
                .ok());
    TempDatabase shared(SqlDialect::Kind::Postgres, QStringLiteral("shared"));
    QVERIFY(shared.ok());
    InMemoryCredentialStore keychain;
    SharedDatabaseDialog dialog(keychain, &desk.db());
    dialog.setLocation(shared.location());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("password")), QStringLiteral("s3cret"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QSignalSpy moved(&dialog, &SharedDatabaseDialog::moved);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("moveDeskData")), Qt::LeftButton);
    QCOMPARE(moved.size(), 1);
    QVERIFY2(moved.first().first().toLongLong() >= 1, qPrintable(dialog.resultText()));
    QCOMPARE(LeadStore(shared.db()).count().value_or(0), qint64(1));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QString stored;
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QTRY_COMPARE(accepted.size(), 1);
    keychain.read(dialog.location().credentialKey(),
                  [&](Result<QString, CredentialError> r) { stored = r.value_or(QString()); });
    QCOMPARE(stored, QStringLiteral("s3cret"));
    QVERIFY(!dialog.location().toArgument().contains(QLatin1String("s3cret")));
}

QTEST_MAIN(TestSharedDatabaseDialog)
#include "tst_shareddatabasedialog.moc"
