#include "phone/ParsedNumbers.h"
#include "phone/PhoneNumberService.h"

#include <QtTest>

using namespace ringback;

Q_DECLARE_METATYPE(ringback::CallerIdKind)
Q_DECLARE_METATYPE(ringback::NumberType)

class TestPhoneNumbers : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void withheldCallerIds_data();
    void withheldCallerIds();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
    void parsedNumbersRememberEachNumberInItsRegion_data();
    void parsedNumbersRememberEachNumberInItsRegion();
};

void TestPhoneNumbers::parse_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("input");
    QTest::addColumn<CallerIdKind>("kind");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("national");
    QTest::addColumn<NumberType>("type");
    QTest::addColumn<bool>("canText");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("extension");

    const auto N = CallerIdKind::Number;
    const auto W = CallerIdKind::Withheld;
    const auto I = CallerIdKind::Invalid;
    const QString us = QStringLiteral("US");
    const QString gb = QStringLiteral("GB");

    // US: local formats, already-E.164, the city or state the area code belongs to.
    QTest::newRow("us national with brackets")
        << us << "(415) 555-2671" << N << "+14155552671"
        << "(415) 555-2671" << NumberType::FixedLineOrMobile << true << "San Francisco, CA"
        << "";
    QTest::newRow("us already e164") << us << "+14155552671" << N << "+14155552671"
                                     << "(415) 555-2671" << NumberType::FixedLineOrMobile << true
                                     << "San Francisco, CA"
                                     << "";
    QTest::newRow("us dotted with country code")
        << us << "1.512.555.0147" << N << "+15125550147"
        << "(512) 555-0147" << NumberType::FixedLineOrMobile << true << "Texas"
        << "";
    QTest::newRow("us e164 with spaces")
        << us << " +1 650 253 0000 " << N << "+16502530000"
        << "(650) 253-0000" << NumberType::FixedLineOrMobile << true << "Mountain View, CA"
        << "";
    QTest::newRow("us tel uri") << us << "tel:+1-415-555-2671" << N << "+14155552671"
                                << "(415) 555-2671" << NumberType::FixedLineOrMobile << true
                                << "San Francisco, CA"
                                << "";
    QTest::newRow("us washington dc")
        << us << "202-456-1111" << N << "+12024561111"
        << "(202) 456-1111" << NumberType::FixedLineOrMobile << true << "Washington D.C."
        << "";
    QTest::newRow("us alaska") << us << "+1 907 555 0100" << N << "+19075550100"
                               << "(907) 555-0100" << NumberType::FixedLineOrMobile << true << "Alaska"
                               << "";
    // Extensions are kept apart: a text goes to the main number.
    QTest::newRow("extension written ext.")
        << us << "415-555-2671 ext. 12" << N << "+14155552671"
        << "(415) 555-2671" << NumberType::FixedLineOrMobile << true << "San Francisco, CA"
        << "12";
    QTest::newRow("extension written x")
        << us << "+1 512 555 0147 x 205" << N << "+15125550147"
        << "(512) 555-0147" << NumberType::FixedLineOrMobile << true << "Texas"
        << "205";
    QTest::newRow("extension in rfc3966")
        << us << "+1-415-555-2671;ext=77" << N << "+14155552671"
        << "(415) 555-2671" << NumberType::FixedLineOrMobile << true << "San Francisco, CA"
        << "77";
    // Letters on the keypad.
    QTest::newRow("vanity letters") << us << "1-800-FLOWERS" << N << "+18003569377"
                                    << "(800) 356-9377" << NumberType::TollFree << true << "United States"
                                    << "";
    QTest::newRow("us toll free 888") << us << "+1 888 555 0100" << N << "+18885550100"
                                      << "(888) 555-0100" << NumberType::TollFree << true << "United States"
                                      << "";
    QTest::newRow("us premium 900 cannot text")
        << us << "+1 900 555 0123" << N << "+19005550123"
        << "(900) 555-0123" << NumberType::PremiumRate << false << "United States"
        << "";
    // Canada shares +1 with the US: a US business still sees the province.
    QTest::newRow("canada vancouver")
        << us << "+1 604 555 0123" << N << "+16045550123"
        << "(604) 555-0123" << NumberType::FixedLineOrMobile << true << "British Columbia"
        << "";
    QTest::newRow("canada toronto") << us << "(416) 555-0199" << N << "+14165550199"
                                    << "(416) 555-0199" << NumberType::FixedLineOrMobile << true << "Ontario"
                                    << "";
    QTest::newRow("canada business region")
        << QStringLiteral("CA") << "403 555 0100" << N << "+14035550100"
        << "(403) 555-0100" << NumberType::FixedLineOrMobile << true << "Alberta"
        << "";
    // UK: mobile and landline are told apart, which decides whether we text.
    QTest::newRow("uk mobile national") << gb << "07400 123456" << N << "+447400123456"
                                        << "07400 123456" << NumberType::Mobile << true << ""
                                        << "";
    QTest::newRow("uk mobile e164") << gb << "+447400123456" << N << "+447400123456"
                                    << "07400 123456" << NumberType::Mobile << true << ""
                                    << "";
    QTest::newRow("uk landline london cannot text")
        << gb << "020 7946 0018" << N << "+442079460018"
        << "020 7946 0018" << NumberType::FixedLine << false << "London"
        << "";
    QTest::newRow("uk toll free") << gb << "0800 123 4567" << N << "+448001234567"
                                  << "0800 123 4567" << NumberType::TollFree << true << "United Kingdom"
                                  << "";
    QTest::newRow("uk premium cannot text")
        << gb << "0909 879 0000" << N << "+449098790000"
        << "0909 879 0000" << NumberType::PremiumRate << false << "United Kingdom"
        << "";
    QTest::newRow("uk mobile seen from us business")
        << us << "+44 7400 123456" << N << "+447400123456"
        << "07400 123456" << NumberType::Mobile << true << "United Kingdom"
        << "";
    QTest::newRow("german landline from us") << us << "+49 30 901820" << N << "+4930901820"
                                             << "030 901820" << NumberType::FixedLine << false << "Germany"
                                             << "";
    QTest::newRow("australian mobile from us") << us << "+61 412 345 678" << N << "+61412345678"
                                               << "0412 345 678" << NumberType::Mobile << true << "Australia"
                                               << "";
    // Withheld caller IDs, however the provider spells them.
    QTest::newRow("anonymous word") << us << "anonymous" << W << ""
                                    << "" << NumberType::Unknown << false << ""
                                    << "";
    QTest::newRow("anonymous any case and spaces") << us << "  Anonymous " << W << ""
                                                   << "" << NumberType::Unknown << false << ""
                                                   << "";
    QTest::newRow("restricted word") << us << "restricted" << W << ""
                                     << "" << NumberType::Unknown << false << ""
                                     << "";
    QTest::newRow("twilio anonymous stand-in") << us << "+266696687" << W << ""
                                               << "" << NumberType::Unknown << false << ""
                                               << "";
    QTest::newRow("twilio restricted stand-in") << us << "+7378742833" << W << ""
                                                << "" << NumberType::Unknown << false << ""
                                                << "";
    QTest::newRow("empty caller id") << us << "" << W << ""
                                     << "" << NumberType::Unknown << false << ""
                                     << "";
    // Not numbers at all.
    QTest::newRow("letters only") << us << "hello" << I << ""
                                  << "" << NumberType::Unknown << false << ""
                                  << "";
    QTest::newRow("too short") << us << "12" << I << ""
                               << "" << NumberType::Unknown << false << ""
                               << "";
    QTest::newRow("emergency short code") << us << "911" << I << ""
                                          << "" << NumberType::Unknown << false << ""
                                          << "";
    QTest::newRow("seven digits without area code") << us << "555-0123" << I << ""
                                                    << "" << NumberType::Unknown << false << ""
                                                    << "";
    QTest::newRow("uk national without region") << us << "07400 123456" << I << ""
                                                << "" << NumberType::Unknown << false << ""
                                                << "";
    QTest::newRow("missing digit") << us << "(512) 555-014" << I << ""
                                   << "" << NumberType::Unknown << false << ""
                                   << "";
}

void TestPhoneNumbers::parse()
{
    QFETCH(QString, region);
    QFETCH(QString, input);
    QFETCH(CallerIdKind, kind);
    QFETCH(QString, e164);
    QFETCH(QString, national);
    QFETCH(NumberType, type);
    QFETCH(bool, canText);
    QFETCH(QString, place);
    QFETCH(QString, extension);

    const PhoneNumberService service(region);
    const PhoneNumberInfo info = service.parse(input);
    QCOMPARE(info.kind, kind);
    QCOMPARE(info.e164, e164);
    QCOMPARE(info.national, national);
    QCOMPARE(info.type, type);
    QCOMPARE(info.canReceiveSms(), canText);
    if (!place.isEmpty())
        QCOMPARE(info.place, place);
    QCOMPARE(info.extension, extension);
    QCOMPARE(service.toE164(input).value_or(QString()), e164);
    if (info.isValid()) {
        // E.164 is stable: parsing what we store gives the same number back.
        QCOMPARE(service.parse(info.e164).e164, info.e164);
        QVERIFY(info.international.startsWith(QLatin1Char('+')));
    }
}

void TestPhoneNumbers::withheldCallerIds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("withheld");
    QTest::newRow("private") << "Private" << true;
    QTest::newRow("unavailable") << "UNAVAILABLE" << true;
    QTest::newRow("twilio blocked stand-in") << "+2562533" << true;
    QTest::newRow("twilio unknown stand-in") << "86282452253" << true;
    QTest::newRow("real number") << "+14155552671" << false;
    QTest::newRow("word inside text") << "anonymous caller 5" << false;
}

void TestPhoneNumbers::withheldCallerIds()
{
    QFETCH(QString, input);
    QFETCH(bool, withheld);
    QCOMPARE(PhoneNumberService::isWithheldCallerId(input), withheld);
}

void TestPhoneNumbers::garbageNeverCrashes_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("only plus") << "+";
    QTest::newRow("symbols") << "+()-- -- ..";
    QTest::newRow("sql") << "'; DROP TABLE leads; --";
    QTest::newRow("emoji") << QString::fromUtf8("\xF0\x9F\x93\x9E 555 \xF0\x9F\x94\xA5");
    QTest::newRow("very long digits") << QString(5000, QLatin1Char('9'));
    QTest::newRow("nul and control") << QString::fromLatin1("\x01\x02+1\x00 415", 9);
    QTest::newRow("arabic digits") << QString::fromUtf8("\xD9\xA4\xD9\xA1\xD9\xA5");
}

void TestPhoneNumbers::garbageNeverCrashes()
{
    QFETCH(QString, input);
    const PhoneNumberService service(QStringLiteral("US"));
    const PhoneNumberInfo info = service.parse(input);
    QVERIFY(!info.isValid());
    QVERIFY(!info.canReceiveSms());
    QVERIFY(info.e164.isEmpty());
}

// A batch parses each caller ID once (issue 17, catch-up). What it remembers is exactly what a
// parse would say, for that text read in that region: the same number typed another way, another
// number, or a national number after the office's country changed is never answered from memory.
void TestPhoneNumbers::parsedNumbersRememberEachNumberInItsRegion_data()
{
    QTest::addColumn<QStringList>("lookups"); // "REGION|caller id", in order
    QTest::addColumn<int>("parsed");          // how many of them reach libphonenumber
    QTest::newRow("the same text twice") << QStringList{"US|(512) 555-0147", "US|(512) 555-0147"} << 1;
    QTest::newRow("one number written two ways") << QStringList{"US|(512) 555-0147", "US|+15125550147"} << 2;
    QTest::newRow("two numbers") << QStringList{"US|+15125550147", "US|+447400123456", "US|+15125550147"}
                                 << 2;
    QTest::newRow("a national number in two regions")
        << QStringList{"US|020 7946 0018", "GB|020 7946 0018"} << 2;
    QTest::newRow("back to the first region")
        << QStringList{"GB|020 7946 0018", "US|020 7946 0018", "GB|020 7946 0018", "US|020 7946 0018"} << 2;
    QTest::newRow("withheld and not a number")
        << QStringList{"US|anonymous", "US|anonymous", "US|call me"} << 2;
}

void TestPhoneNumbers::parsedNumbersRememberEachNumberInItsRegion()
{
    QFETCH(QStringList, lookups);
    QFETCH(int, parsed);
    PhoneNumberService phone;
    ParsedNumbers numbers(phone);
    for (const QString& lookup : lookups) {
        const QString region = lookup.section(QLatin1Char('|'), 0, 0);
        const QString input = lookup.section(QLatin1Char('|'), 1);
        phone.setDefaultRegion(region);
        const PhoneNumberInfo remembered = numbers.parse(input);
        const PhoneNumberInfo fresh = PhoneNumberService(region).parse(input);
        QCOMPARE(remembered.kind, fresh.kind);
        QCOMPARE(remembered.e164, fresh.e164);
        QCOMPARE(remembered.national, fresh.national);
        QCOMPARE(remembered.place, fresh.place);
        QCOMPARE(remembered.type, fresh.type);
        QCOMPARE(numbers.toE164(input), PhoneNumberService(region).toE164(input));
    }
    QCOMPARE(numbers.parsed(), parsed);
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
