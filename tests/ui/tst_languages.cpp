// Every language a desk can choose reads as a person writes it: English plurals come out as
// "1 text" / "2 texts", never "text(s)" (issue 15, seen 7), and the Spanish and French catalogues
// have no entry left untranslated (an unfinished entry shows English in the middle of Spanish).
#include "common/LanguageLoader.h"

#include <QFile>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ringback::ui;

namespace {

struct Entry
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
};

QList<Entry> entriesOf(const QString& language)
{
    QFile file(QStringLiteral(RINGBACK_TRANSLATIONS_DIR "/ringback_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Entry> entries;
    QString context;
    Entry entry;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            entry = Entry{
                context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            entry.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            entry.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            entries << entry;
        }
    }
    return entries;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase();
    void englishPluralsReadAsEnglish();
    void everyCountedSentenceHasItsEnglishForms();
    void catalogueIsFinished_data();
    void catalogueIsFinished();
};

void TestLanguages::cleanupTestCase()
{
    LanguageLoader::install(QStringLiteral("en"));
}

void TestLanguages::englishPluralsReadAsEnglish()
{
    QCOMPARE(LanguageLoader::install(QStringLiteral("en")), QStringLiteral("en"));
    const char* context = "ringback::ui::SetAsideNotice";
    const char* sentence = "%n call record(s) from the provider could not be read — set aside.";
    QCOMPARE(QCoreApplication::translate(context, sentence, nullptr, 1),
             QStringLiteral("1 call record from the provider could not be read — set aside."));
    QCOMPARE(QCoreApplication::translate(context, sentence, nullptr, 3),
             QStringLiteral("3 call records from the provider could not be read — set aside."));
    QCOMPARE(
        QCoreApplication::translate("ringback::ui::AutomationStatusView", "%Ln text(s) queued", nullptr, 1),
        QStringLiteral("1 text queued"));
    QCOMPARE(QCoreApplication::translate("ringback::ui::AutomationStatusView", "%Ln text(s) queued", nullptr,
                                         1200),
             QStringLiteral("1,200 texts queued"));
}

// Every %n sentence lupdate found (the Spanish catalogue has them all) has English forms.
void TestLanguages::everyCountedSentenceHasItsEnglishForms()
{
    QCOMPARE(LanguageLoader::install(QStringLiteral("en")), QStringLiteral("en"));
    int counted = 0;
    for (const Entry& e : entriesOf(QStringLiteral("es"))) {
        if (!e.numerus)
            continue;
        ++counted;
        const QByteArray context = e.context.toUtf8();
        const QByteArray source = e.source.toUtf8();
        const QByteArray comment = e.comment.toUtf8();
        for (int n : {1, 2}) {
            const QString shown =
                QCoreApplication::translate(context.constData(), source.constData(),
                                            comment.isEmpty() ? nullptr : comment.constData(), n);
            QVERIFY2(!shown.contains(QLatin1String("(s)")) && !shown.contains(QLatin1String("%n")),
                     qPrintable(QStringLiteral("%1: %2").arg(e.context, shown)));
        }
    }
    QVERIFY(counted >= 20);
}

void TestLanguages::catalogueIsFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("es") << "es";
    QTest::newRow("fr") << "fr";
    QTest::newRow("en (plural forms)") << "en";
}

void TestLanguages::catalogueIsFinished()
{
    QFETCH(QString, language);
    const QList<Entry> entries = entriesOf(language);
    QVERIFY(!entries.isEmpty());
    QStringList unfinished;
    for (const Entry& e : entries) {
        if (e.unfinished)
            unfinished << e.context + QStringLiteral(": ") + e.source;
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
