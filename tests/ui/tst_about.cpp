// The About dialog: the version, the Qt it runs on, the libraries' licences, and the places a
// support call asks about, as links that open the folder.
#include "about/AboutDialog.h"

#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace ringback::ui;

class TestAbout : public QObject
{
    Q_OBJECT
private slots:
    void versionsAndLicences();
    void placesOpenTheirFolders();
    void sharedDatabaseIsNamedNotLinked();

private:
    static QStringList texts(const QDialog& dialog);
};

QStringList TestAbout::texts(const QDialog& dialog)
{
    QStringList out;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        out << label->text();
    return out;
}

void TestAbout::versionsAndLicences()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
    AboutDialog dialog(AboutDialog::placesFor(QStringLiteral("/tmp/r.sqlite"), true));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("aboutVersion"))->text(),
             QStringLiteral("Ringback 1.2.3"));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("aboutQtVersion"))
                ->text()
                .contains(QString::fromLatin1(qVersion())));
    const QString licences = dialog.findChild<QLabel*>(QStringLiteral("aboutLicences"))->text();
    for (const char* expected :
         {"Qt 6", "LGPL", "libphonenumber", "Apache License 2.0", "QtKeychain", "BSD 2-Clause"})
        QVERIFY2(licences.contains(QLatin1String(expected)), expected);
}

void TestAbout::placesOpenTheirFolders()
{
    QTemporaryDir dir;
    AboutDialog::Places places;
    places.dataFolder = dir.filePath(QStringLiteral("data"));
    places.database = dir.filePath(QStringLiteral("office/ringback.sqlite"));
    places.settings = dir.filePath(QStringLiteral("config/Ringback.conf"));
    AboutDialog dialog(places);
    const QString all = texts(dialog).join(u'\n');
    for (const QString& folder : {places.dataFolder, dir.filePath(QStringLiteral("office")),
                                  dir.filePath(QStringLiteral("config"))}) {
        const QString href = QUrl::fromLocalFile(folder).toString(QUrl::FullyEncoded);
        QVERIFY2(all.contains(QStringLiteral("href=\"%1\"").arg(href)), qPrintable(folder));
    }
    QVERIFY(all.contains(QDir::toNativeSeparators(places.database)));
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->text().contains(QLatin1String("href=")))
            QVERIFY(label->openExternalLinks());
    }
}

void TestAbout::sharedDatabaseIsNamedNotLinked()
{
    AboutDialog::Places places =
        AboutDialog::placesFor(QStringLiteral("ringback on db.office.lan:5432"), false);
    AboutDialog dialog(places);
    const QStringList all = texts(dialog);
    QVERIFY(all.contains(QStringLiteral("ringback on db.office.lan:5432")));
}

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
