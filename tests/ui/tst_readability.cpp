// Helper text an owner reads (the line under a setting, the count under the reply box, "Checked
// 12 s ago") is readable: at least 4.5:1 contrast with its background, as WCAG asks of body text,
// and no smaller than the body font (issue 15, seen 10: "gray 8-9 pt helper text").
#include "common/ReadablePalette.h"
#include "conversation/Composer.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QtTest>

using namespace ringback::ui;

class TestReadability : public QObject
{
    Q_OBJECT
private slots:
    void contrastRatioIsWcags_data();
    void contrastRatioIsWcags();
    void hintsReachFourAndAHalfToOne_data();
    void hintsReachFourAndAHalfToOne();
    void composerCountIsInTheBodyFont();
};

void TestReadability::contrastRatioIsWcags_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same colour") << QColor(0x77, 0x77, 0x77) << QColor(0x77, 0x77, 0x77) << 1.0;
    // WebAIM's checker: #777777 on white is 4.48:1, just under; #767676 is 4.54:1, just over.
    QTest::newRow("#777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
}

void TestReadability::contrastRatioIsWcags()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(qAbs(readable::contrastRatio(a, b) - ratio) < 0.01,
             qPrintable(QString::number(readable::contrastRatio(a, b))));
    QVERIFY(qAbs(readable::contrastRatio(b, a) - ratio) < 0.01);
}

void TestReadability::hintsReachFourAndAHalfToOne_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("the platform's palette") << QApplication::palette();
    QPalette light(QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::PlaceholderText, QColor(0, 0, 0, 128)); // Qt's default: text at half opacity
    QTest::newRow("light, half-opacity hints") << light;
    QPalette dark(QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::PlaceholderText, QColor(0x60, 0x60, 0x60));
    QTest::newRow("dark, dim hints") << dark;
}

void TestReadability::hintsReachFourAndAHalfToOne()
{
    QFETCH(QPalette, palette);
    const QPalette shown = readable::withReadableHints(palette);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor hint = shown.color(group, QPalette::PlaceholderText);
        QCOMPARE(hint.alpha(), 255);
        QVERIFY2(readable::contrastRatio(hint, shown.color(group, QPalette::Window)) >= 4.5,
                 qPrintable(hint.name()));
        QVERIFY2(readable::contrastRatio(hint, shown.color(group, QPalette::Base)) >= 4.5,
                 qPrintable(hint.name()));
        // Still a softer colour than the text, or it would no longer read as a hint.
        QVERIFY(hint != shown.color(group, QPalette::WindowText));
    }
}

void TestReadability::composerCountIsInTheBodyFont()
{
    Composer composer;
    composer.show();
    QVERIFY(composer.countLabel()->font().pointSizeF() >= composer.font().pointSizeF());
    QVERIFY(composer.warningLabel()->font().pointSizeF() >= composer.font().pointSizeF());
}

QTEST_MAIN(TestReadability)
#include "tst_readability.moc"
