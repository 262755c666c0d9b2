// How carriers count a text: GSM-7 160/153 septets (extension characters are two), UCS-2 70/67
// UTF-16 units (emoji are two), and no escape or surrogate pair split across segments.
#include "templates/SmsSegmentCounter.h"

#include <QtTest>

using namespace ringback;

Q_DECLARE_METATYPE(ringback::SmsEncoding)

namespace {

QString repeat(const QString& s, int times)
{
    return s.repeated(times);
}

} // namespace

class TestSegments : public QObject
{
    Q_OBJECT
private slots:
    void count_data();
    void count();
    void escapePairIsNotSplit();
    void surrogatePairIsNotSplit();
    void reportsWhichCharactersForceUcs2();
    void everyBasicAndExtensionCharacterIsGsm();
};

void TestSegments::count_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SmsEncoding>("encoding");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("left");

    const QString a = QStringLiteral("a");
    QTest::newRow("empty") << QString() << SmsEncoding::Gsm7 << 0 << 0 << 160;
    QTest::newRow("plain GSM") << QStringLiteral("Sorry we missed your call!") << SmsEncoding::Gsm7 << 26 << 1
                               << 134;
    QTest::newRow("GSM accents and symbols are one septet")
        << QStringLiteral("\u00e9\u00e8\u00e0\u00fc\u00f1\u00c7\u00a3\u00a5@$_\u00a7\u00bf\u00a1\u0394")
        << SmsEncoding::Gsm7 << 15 << 1 << 145;
    QTest::newRow("extension characters count two")
        << QStringLiteral("{[~]}|^\\\u20ac") << SmsEncoding::Gsm7 << 18 << 1 << 142;
    QTest::newRow("form feed is an extension character")
        << QStringLiteral("a\fb") << SmsEncoding::Gsm7 << 4 << 1 << 156;
    QTest::newRow("exactly 160 GSM is one segment") << repeat(a, 160) << SmsEncoding::Gsm7 << 160 << 1 << 0;
    QTest::newRow("161 GSM is two segments") << repeat(a, 161) << SmsEncoding::Gsm7 << 161 << 2 << 145;
    QTest::newRow("159 plus a euro is 161 septets, two segments")
        << repeat(a, 159) + QStringLiteral("\u20ac") << SmsEncoding::Gsm7 << 161 << 2 << 145;
    QTest::newRow("306 GSM is two segments") << repeat(a, 306) << SmsEncoding::Gsm7 << 306 << 2 << 0;
    QTest::newRow("307 GSM is three segments") << repeat(a, 307) << SmsEncoding::Gsm7 << 307 << 3 << 152;
    QTest::newRow("curly apostrophe forces UCS-2")
        << QStringLiteral("We couldn\u2019t answer") << SmsEncoding::Ucs2 << 18 << 1 << 52;
    QTest::newRow("extension characters are one unit in UCS-2")
        << QStringLiteral("\u201c{\u20ac}\u201d") << SmsEncoding::Ucs2 << 5 << 1 << 65;
    QTest::newRow("emoji is two UCS-2 units")
        << QStringLiteral("Hi \U0001F600") << SmsEncoding::Ucs2 << 5 << 1 << 65;
    QTest::newRow("flag emoji is two surrogate pairs")
        << QStringLiteral("\U0001F1FA\U0001F1F8") << SmsEncoding::Ucs2 << 4 << 1 << 66;
    QTest::newRow("exactly 70 UCS-2 is one segment")
        << repeat(a, 69) + QStringLiteral("\u2014") << SmsEncoding::Ucs2 << 70 << 1 << 0;
    QTest::newRow("71 UCS-2 is two segments")
        << repeat(a, 70) + QStringLiteral("\u2014") << SmsEncoding::Ucs2 << 71 << 2 << 63;
    QTest::newRow("134 UCS-2 is two segments")
        << repeat(a, 133) + QStringLiteral("\u2026") << SmsEncoding::Ucs2 << 134 << 2 << 0;
    QTest::newRow("135 UCS-2 is three segments")
        << repeat(a, 134) + QStringLiteral("\u2026") << SmsEncoding::Ucs2 << 135 << 3 << 66;
    QTest::newRow("non-breaking space forces UCS-2")
        << QStringLiteral("7:00\u00a0AM") << SmsEncoding::Ucs2 << 7 << 1 << 63;
    QTest::newRow("backtick is not GSM") << QStringLiteral("`") << SmsEncoding::Ucs2 << 1 << 1 << 69;
}

void TestSegments::count()
{
    QFETCH(QString, text);
    QFETCH(SmsEncoding, encoding);
    QFETCH(int, units);
    QFETCH(int, segments);
    QFETCH(int, left);

    const SmsCount c = SmsSegmentCounter::count(text);
    QCOMPARE(c.encoding, encoding);
    QCOMPARE(c.units, units);
    QCOMPARE(c.segments, segments);
    QCOMPARE(c.unitsLeftInSegment, left);
    QCOMPARE(c.segmentStarts.size(), qsizetype(segments));
    const int single = encoding == SmsEncoding::Gsm7 ? 160 : 70;
    const int part = encoding == SmsEncoding::Gsm7 ? 153 : 67;
    QCOMPARE(c.unitsPerSegment, segments > 1 ? part : single);
    QCOMPARE(c.nonGsmCharacters.isEmpty(), encoding == SmsEncoding::Gsm7);
}

void TestSegments::escapePairIsNotSplit()
{
    // 152 septets, then a euro (2 septets) that would straddle the first part's end: it moves to
    // the second part whole, so the first part carries 152 septets, not 153.
    const QString text =
        QStringLiteral("a").repeated(152) + QStringLiteral("\u20ac") + QStringLiteral("b").repeated(10);
    const SmsCount c = SmsSegmentCounter::count(text);
    QCOMPARE(c.encoding, SmsEncoding::Gsm7);
    QCOMPARE(c.units, 164);
    QCOMPARE(c.segments, 2);
    QCOMPARE(c.segmentStarts, (QList<int>{0, 152}));
    QCOMPARE(c.unitsLeftInSegment, 153 - 12);

    // 306 septets would fit two parts if an escape could be split; it cannot, so three.
    const QString boundary =
        QStringLiteral("a").repeated(152) + QStringLiteral("{") + QStringLiteral("a").repeated(152);
    const SmsCount b = SmsSegmentCounter::count(boundary);
    QCOMPARE(b.units, 306);
    QCOMPARE(b.segments, 3);
}

void TestSegments::surrogatePairIsNotSplit()
{
    // 66 units, then an emoji (2 units) that would straddle the first part's end.
    const QString text =
        QStringLiteral("\u2019").repeated(66) + QStringLiteral("\U0001F527") + QStringLiteral("x");
    const SmsCount c = SmsSegmentCounter::count(text);
    QCOMPARE(c.encoding, SmsEncoding::Ucs2);
    QCOMPARE(c.units, 69);
    QCOMPARE(c.segments, 1); // 69 <= 70: one single message
    const QString longer = text + QStringLiteral("y").repeated(5);
    const SmsCount d = SmsSegmentCounter::count(longer);
    QCOMPARE(d.units, 74);
    QCOMPARE(d.segments, 2);
    QCOMPARE(d.segmentStarts, (QList<int>{0, 66}));
    QVERIFY(longer.at(66).isHighSurrogate());
}

void TestSegments::reportsWhichCharactersForceUcs2()
{
    const QString text =
        QStringLiteral("We\u2019re \u201cclosed\u201d \u2013 back at 7\u2026 \U0001F44D\u00a0ok");
    const SmsCount c = SmsSegmentCounter::count(text);
    QCOMPARE(c.encoding, SmsEncoding::Ucs2);
    QList<QString> found;
    for (const NonGsmCharacter& n : c.nonGsmCharacters) {
        QCOMPARE(text.mid(n.position, n.length), n.character);
        found << n.character;
    }
    QCOMPARE(found,
             (QList<QString>{QStringLiteral("\u2019"), QStringLiteral("\u201c"), QStringLiteral("\u201d"),
                             QStringLiteral("\u2013"), QStringLiteral("\u2026"), QStringLiteral("\U0001F44D"),
                             QStringLiteral("\u00a0")}));
    QCOMPARE(c.nonGsmCharacters.at(0).position, 2);
    QCOMPARE(c.nonGsmCharacters.at(5).length, 2);
}

void TestSegments::everyBasicAndExtensionCharacterIsGsm()
{
    // The whole GSM 03.38 table, written out independently of the implementation's list.
    const QString basic = QStringLiteral(
        "@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r\u00c5\u00e5\u0394_"
        "\u03a6\u0393\u039b"
        "\u03a9\u03a0\u03a8\u03a3\u0398\u039e\u00c6\u00e6\u00df\u00c9 !\"#\u00a4%&'()*+,-./0123456789:;<=>?"
        "\u00a1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00c4\u00d6\u00d1\u00dc\u00a7\u00bfabcdefghijklmnopqrstuvwxyz"
        "\u00e4\u00f6\u00f1\u00fc\u00e0");
    QCOMPARE(basic.size(), 127);
    const SmsCount b = SmsSegmentCounter::count(basic);
    QCOMPARE(b.encoding, SmsEncoding::Gsm7);
    QCOMPARE(b.units, 127);

    const QString extension = QStringLiteral("\f^{}\\[~]|\u20ac");
    const SmsCount e = SmsSegmentCounter::count(extension);
    QCOMPARE(e.encoding, SmsEncoding::Gsm7);
    QCOMPARE(e.units, 20);
}

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
