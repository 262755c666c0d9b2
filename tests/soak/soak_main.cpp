// soak: "every missed caller gets one text, and nobody gets two", tried for a long time against a
// misbehaving Twilio-shaped fake, with two desks on one database and one of them SIGKILLed every
// 20-40 s (issue 13, docs/RELIABILITY.md).
//
//   soak --backend sqlite                  the full run: 10,000 callers over about 33 minutes
//   soak --backend postgres --quick        the short run ctest does (300 callers, kills every 3-6 s)
//
// Prints the figures and writes them (figures.json, figures.md, the fake's per-caller report and the
// desks' logs) to --out. Exit code 0: no duplicate, no loss, no text to the non-textable.
#include "SoakDriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>

#include <cstdio>

using namespace ringback::soak;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ringback.*.info=false")); // the driver's own store
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Soak of the text-back engine (docs/RELIABILITY.md)."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("The short run (about 1-2 minutes): 300 callers over 40 s, "
                                                  "kills every 3-6 s, more faults."));
    const QCommandLineOption backend(QStringLiteral("backend"),
                                     QStringLiteral("sqlite (default) or postgres."), QStringLiteral("name"),
                                     QStringLiteral("sqlite"));
    const QCommandLineOption callers(QStringLiteral("callers"),
                                     QStringLiteral("Missed callers (default 10000)."), QStringLiteral("n"));
    const QCommandLineOption duration(
        QStringLiteral("duration"),
        QStringLiteral("Seconds over which their calls end (default: callers / 5)."), QStringLiteral("s"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    QStringLiteral("429=p,5xx=p,hang=p,drop=p,malformed=p (per request; "
                                                   "malformed per caller), or none."),
                                    QStringLiteral("spec"));
    const QCommandLineOption killEvery(QStringLiteral("kill-every"),
                                       QStringLiteral("SIGKILL one desk every MIN-MAX seconds (0: never)."),
                                       QStringLiteral("min-max"));
    const QCommandLineOption deadline(
        QStringLiteral("deadline"),
        QStringLiteral("Seconds after the last call ends before the callers with no "
                       "text count as lost (default 300, quick 60)."),
        QStringLiteral("s"));
    const QCommandLineOption settle(
        QStringLiteral("settle"),
        QStringLiteral("Seconds both desks keep running once everyone is decided, "
                       "to catch late duplicates (default 10, quick 5)."),
        QStringLiteral("s"));
    const QCommandLineOption pageSize(
        QStringLiteral("page-size"),
        QStringLiteral("Most records per page the fake serves (default 1000, quick 50)."),
        QStringLiteral("n"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QStringLiteral("Folder for the database, logs and figures (default ./soak-<backend>)."),
        QStringLiteral("dir"));
    const QCommandLineOption ringback(QStringLiteral("ringback"), QStringLiteral("The ringback program."),
                                      QStringLiteral("path"), QStringLiteral(RINGBACK_BINARY));
    const QCommandLineOption fake(QStringLiteral("fake"), QStringLiteral("The soak_fake_twilio program."),
                                  QStringLiteral("path"), QStringLiteral(RINGBACK_SOAK_FAKE));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"), QStringLiteral("Info logs in the desks' logs, and every kill on screen."));
    parser.addOptions({quick, backend, callers, duration, seed, faults, killEvery, deadline, settle, pageSize,
                       out, ringback, fake, verbose});
    parser.process(app);

    DriverOptions o;
    SoakParams& p = o.params;
    if (parser.isSet(quick)) {
        p.callers = 300;
        p.durationS = 40;
        p.p429 = 0.02;
        p.p5xx = 0.02;
        p.pHang = 0.003;
        p.pDrop = 0.01;
        p.malformed = 0.01;
        p.maxPageSize = 50; // 300 calls still take several pages
        p.startAfterS = 3;
        o.killMinS = 3;
        o.killMaxS = 6;
        o.deadlineS = 60;
        o.settleS = 5;
        o.stopGraceS = 15;
    } else {
        p.startAfterS = 3;
    }
    if (parser.isSet(callers))
        p.callers = qMax(1, parser.value(callers).toInt());
    if (parser.isSet(duration))
        p.durationS = qMax(1.0, parser.value(duration).toDouble());
    else if (!parser.isSet(quick))
        p.durationS = qMax(10.0, p.callers / 5.0);
    p.seed = parser.value(seed).toULongLong();
    QString error;
    if (parser.isSet(faults) && !p.setFaults(parser.value(faults), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 64;
    }
    if (parser.isSet(killEvery)) {
        const QString spec = parser.value(killEvery);
        o.killMinS = spec.section(QLatin1Char('-'), 0, 0).toDouble();
        o.killMaxS =
            spec.contains(QLatin1Char('-')) ? spec.section(QLatin1Char('-'), 1).toDouble() : o.killMinS;
    }
    if (parser.isSet(deadline))
        o.deadlineS = parser.value(deadline).toDouble();
    if (parser.isSet(settle))
        o.settleS = parser.value(settle).toDouble();
    if (parser.isSet(pageSize))
        p.maxPageSize = qMax(1, parser.value(pageSize).toInt());
    o.backend = parser.value(backend);
    if (o.backend != QLatin1String("sqlite") && o.backend != QLatin1String("postgres")) {
        std::fprintf(stderr, "--backend is sqlite or postgres\n");
        return 64;
    }
    o.outDir = parser.isSet(out) ? parser.value(out)
                                 : QDir::current().absoluteFilePath(QStringLiteral("soak-") + o.backend);
    o.ringback = parser.value(ringback);
    o.fake = parser.value(fake);
    o.verbose = parser.isSet(verbose);

    SoakDriver driver(o);
    QMetaObject::invokeMethod(&driver, &SoakDriver::start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
