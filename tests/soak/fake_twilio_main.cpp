// soak_fake_twilio: a Twilio-shaped account on 127.0.0.1 that plays the soak's scenario (missed
// callers arriving over time, some of whom must never be texted) and misbehaves (429s, 5xx after
// accepting a send, hung answers, dropped connections, malformed records). Run it alone to try a
// headless Ringback against it by hand; the soak driver (tests/soak/soak_main.cpp) starts it itself.
//
//   soak_fake_twilio --callers 300 --duration 60 --report report.json
//   export RINGBACK_TWILIO_ACCOUNT_SID=AC50a50a50a50a50a50a50a50a50a50a5 RINGBACK_TWILIO_AUTH_TOKEN=x
//   ringback --headless --db test.sqlite --provider-url http://127.0.0.1:<port>
//
// The first line on stdout says where it listens. On SIGTERM/SIGINT or POST /soak/finish it
// writes the report (per caller: how many texts it got; the figures) and exits.
#include "FakeTwilioOffice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace ringback::soak;

namespace {

std::atomic<bool> g_stop{false};

extern "C" void requestStop(int)
{
    g_stop.store(true);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A misbehaving Twilio-shaped account for the soak."));
    parser.addHelpOption();
    const QCommandLineOption callers(QStringLiteral("callers"), QStringLiteral("Missed callers."),
                                     QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("Seconds over which their calls end."),
                                      QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption startAfter(QStringLiteral("start-after"),
                                        QStringLiteral("Seconds before the first call can end."),
                                        QStringLiteral("s"), QStringLiteral("2"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of every random draw."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption faults(
        QStringLiteral("faults"),
        QStringLiteral("Fault probabilities: 429=p,5xx=p,hang=p,drop=p,malformed=p "
                       "(per request; malformed per caller), or none."),
        QStringLiteral("spec"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("Most records per page, whatever PageSize asks."),
                                      QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0: any free one)."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("Write the JSON report here."),
                                    QStringLiteral("file"));
    parser.addOptions({callers, duration, startAfter, seed, faults, pageSize, port, report});
    parser.process(app);

    SoakParams params;
    params.callers = parser.value(callers).toInt();
    params.durationS = parser.value(duration).toDouble();
    params.startAfterS = parser.value(startAfter).toDouble();
    params.seed = parser.value(seed).toULongLong();
    params.maxPageSize = qMax(1, parser.value(pageSize).toInt());
    QString error;
    if (parser.isSet(faults) && !params.setFaults(parser.value(faults), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 64;
    }
    SoakScenario scenario = SoakScenario::generate(params);
    if (const QString wrong = scenario.checkNumbers(); !wrong.isEmpty()) {
        std::fprintf(stderr, "The scenario is wrong: %s\n", qPrintable(wrong));
        return 2;
    }

    FakeTwilioOffice office(params, std::move(scenario));
    if (!office.listen(quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "Cannot listen on 127.0.0.1:%s\n", qPrintable(parser.value(port)));
        return 2;
    }
    std::printf("listening %s account %s\n", qPrintable(office.baseUrl().toString()),
                SoakScenario::kAccountSid);
    std::fflush(stdout);

    const QString reportFile = parser.value(report);
    const auto finish = [&] {
        const QJsonObject r = office.report();
        const QByteArray json = QJsonDocument(r).toJson(QJsonDocument::Indented);
        if (reportFile.isEmpty()) {
            std::fputs(QJsonDocument(r.value(QStringLiteral("summary")).toObject()).toJson().constData(),
                       stdout);
        } else {
            QSaveFile out(reportFile);
            if (!out.open(QIODevice::WriteOnly) || out.write(json) < 0 || !out.commit()) {
                std::fprintf(stderr, "Cannot write %s\n", qPrintable(reportFile));
                QCoreApplication::exit(2);
                return;
            }
        }
        QCoreApplication::quit();
    };
    QObject::connect(&office, &FakeTwilioOffice::finishRequested, &app, finish);
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &app, [&] {
        if (g_stop.load()) {
            stopWatch.stop();
            finish();
        }
    });
    stopWatch.start(100);
    return QCoreApplication::exec();
}
