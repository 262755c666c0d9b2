#include "SoakDriver.h"

#include "TempDatabase.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlQuery>

#include <cstdio>

namespace ringback::soak {

namespace {

void say(const QString& line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString seconds(qint64 ms)
{
    return ms < 0 ? QStringLiteral("-") : QString::number(double(ms) / 1000.0, 'f', 1) + QStringLiteral(" s");
}

} // namespace

SoakDriver::SoakDriver(DriverOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_random(m_options.params.seed ^ 0x6b11ULL)
{
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, &SoakDriver::killOne);
    connect(&m_monitorTimer, &QTimer::timeout, this, &SoakDriver::monitor);
}

SoakDriver::~SoakDriver()
{
    for (SoakDesk* desk : std::as_const(m_desks))
        desk->killForGood();
    if (m_fake.state() != QProcess::NotRunning) {
        m_fake.kill();
        m_fake.waitForFinished(5'000);
    }
    m_db.reset();
    m_postgres.reset(); // drops the soak's database
    if (!m_ownPgState.isEmpty())
        QProcess::execute(QStringLiteral("bash"),
                          {QStringLiteral(RINGBACK_SOAK_PG_SCRIPT), QStringLiteral("stop"), m_ownPgState});
}

void SoakDriver::fail(const QString& why)
{
    std::fprintf(stderr, "soak: %s\n", qPrintable(why));
    QCoreApplication::exit(2);
}

void SoakDriver::start()
{
    m_clock.start();
    QDir().mkpath(m_options.outDir);
    QDir out(m_options.outDir);
    for (const QString& old : out.entryList({QStringLiteral("ringback.sqlite*"), QStringLiteral("*.log"),
                                             QStringLiteral("fake-report.json")},
                                            QDir::Files))
        out.remove(old);
    const SoakParams& p = m_options.params;
    say(QStringLiteral(
            "soak: %1 callers over %2 s, %3, seed %4, faults %5; kills every %6-%7 s; output in %8")
            .arg(p.callers)
            .arg(p.durationS)
            .arg(m_options.backend)
            .arg(p.seed)
            .arg(p.faultsText())
            .arg(m_options.killMinS)
            .arg(m_options.killMaxS)
            .arg(out.absolutePath()));
    if (!prepareDatabase() || !startFake() || !importSettings())
        return;
    auto opened = Database::open(m_location, QStringLiteral("soak-driver"));
    if (!opened)
        return fail(QStringLiteral("cannot open the soak's database: %1").arg(opened.error().message));
    m_db = std::move(opened).value();
    m_windowEndS = double(m_clock.elapsed()) / 1000.0 + p.startAfterS + p.durationS;
    startDesks();
    scheduleKill();
    m_monitorTimer.start(1'000);
}

bool SoakDriver::prepareDatabase()
{
    if (m_options.backend == QLatin1String("sqlite")) {
        m_location = DatabaseLocation::sqliteFile(
            QDir(m_options.outDir).absoluteFilePath(QStringLiteral("ringback.sqlite")));
    } else {
        // Under ctest the `postgres` fixture's server; run by hand, a throwaway one of our own.
        if (!QFile::exists(qEnvironmentVariable("RINGBACK_TEST_PG_ENV"))) {
            m_ownPgState = QDir(m_options.outDir).absoluteFilePath(QStringLiteral("pg"));
            say(QStringLiteral(
                "soak: starting a throwaway PostgreSQL server (tests/support/test-postgres.sh)"));
            if (QProcess::execute(QStringLiteral("bash"), {QStringLiteral(RINGBACK_SOAK_PG_SCRIPT),
                                                           QStringLiteral("start"), m_ownPgState}) != 0) {
                m_ownPgState.clear();
                fail(QStringLiteral("could not start a PostgreSQL server"));
                return false;
            }
            qputenv("RINGBACK_TEST_PG_ENV", (m_ownPgState + QStringLiteral("/server.env")).toLocal8Bit());
        }
        m_postgres =
            std::make_unique<test::TempDatabase>(SqlDialect::Kind::Postgres, QStringLiteral("soak-setup"));
        if (!m_postgres->ok()) {
            fail(QStringLiteral("no PostgreSQL database: %1").arg(m_postgres->errorText()));
            return false;
        }
        m_location = m_postgres->location();
        m_postgres->close();
    }
    m_dbArgument = m_location.toArgument();
    return true;
}

bool SoakDriver::startFake()
{
    const SoakParams& p = m_options.params;
    m_fake.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_fake.start(m_options.fake,
                 {QStringLiteral("--callers"), QString::number(p.callers), QStringLiteral("--duration"),
                  QString::number(p.durationS), QStringLiteral("--start-after"),
                  QString::number(p.startAfterS), QStringLiteral("--seed"), QString::number(p.seed),
                  QStringLiteral("--faults"), p.faultsText(), QStringLiteral("--page-size"),
                  QString::number(p.maxPageSize), QStringLiteral("--report"),
                  QDir(m_options.outDir).absoluteFilePath(QStringLiteral("fake-report.json"))});
    // The fake is another process: waiting for its first line blocks nothing it needs.
    if (!m_fake.waitForStarted(10'000) || !m_fake.waitForReadyRead(30'000)) {
        fail(QStringLiteral("the fake (%1) did not start").arg(m_options.fake));
        return false;
    }
    const QString line = QString::fromUtf8(m_fake.readLine()).trimmed();
    m_fakeUrl = line.section(QLatin1Char(' '), 1, 1);
    if (!line.startsWith(QLatin1String("listening ")) || m_fakeUrl.isEmpty()) {
        fail(QStringLiteral("the fake said \"%1\"").arg(line));
        return false;
    }
    say(QStringLiteral("soak: fake Twilio on %1").arg(m_fakeUrl));
    return true;
}

bool SoakDriver::importSettings()
{
    const int cap = qMax(100, m_options.params.callers * 2);
    const QJsonObject shared{
        {QStringLiteral("business/name"), QStringLiteral("Soak Plumbing")},
        {QStringLiteral("business/region"), QStringLiteral("GB")},
        {QStringLiteral("business/numbers"),
         QJsonArray{SoakScenario::mainNumber(), SoakScenario::secondNumber()}},
        {QStringLiteral("automation/enabled"), true},
        {QStringLiteral("automation/enabled_since"), QDateTime::currentMSecsSinceEpoch() - 60'000},
        {QStringLiteral("automation/poll_interval_s"), 1},
        {QStringLiteral("automation/hourly_cap"), cap},
        {QStringLiteral("setup/completed"), true},
    };
    const QString file = QDir(m_options.outDir).absoluteFilePath(QStringLiteral("soak-settings.json"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("ringback-settings/1")},
                                          {QStringLiteral("shared"), shared}})
                    .toJson()) < 0) {
        fail(QStringLiteral("cannot write %1").arg(file));
        return false;
    }
    f.close();
    QProcess import;
    import.setProcessEnvironment(deskEnvironment());
    import.setProcessChannelMode(QProcess::MergedChannels);
    import.start(m_options.ringback,
                 {QStringLiteral("--db"), m_dbArgument, QStringLiteral("--import-settings"), file});
    if (!import.waitForFinished(60'000) || import.exitStatus() != QProcess::NormalExit ||
        import.exitCode() != 0) {
        fail(
            QStringLiteral("ringback --import-settings failed: %1").arg(QString::fromUtf8(import.readAll())));
        return false;
    }
    return true;
}

QProcessEnvironment SoakDriver::deskEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RINGBACK_TWILIO_ACCOUNT_SID"), QLatin1String(SoakScenario::kAccountSid));
    env.insert(QStringLiteral("RINGBACK_TWILIO_AUTH_TOKEN"), QStringLiteral("soak-token-not-secret"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // This computer's settings (QSettings) of the desks stay in the soak's folder.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               QDir(m_options.outDir).absoluteFilePath(QStringLiteral("config")));
    env.remove(QStringLiteral("RINGBACK_FAULT_POINT"));
    if (!m_options.verbose)
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ringback.*.info=false"));
    return env;
}

void SoakDriver::startDesks()
{
    for (const QString& name : {QStringLiteral("desk-a"), QStringLiteral("desk-b")}) {
        auto* desk = new SoakDesk(
            name, m_options.ringback,
            {QStringLiteral("--headless"), QStringLiteral("--db"), m_dbArgument,
             QStringLiteral("--provider-url"), m_fakeUrl},
            deskEnvironment(), QDir(m_options.outDir).absoluteFilePath(name + QStringLiteral(".log")), this);
        desk->start();
        m_desks << desk;
    }
}

void SoakDriver::scheduleKill()
{
    if (m_options.killMaxS <= 0 || m_finishing || m_settling)
        return;
    const qint64 lo = qint64(m_options.killMinS * 1000);
    const qint64 hi = qMax(lo, qint64(m_options.killMaxS * 1000));
    m_killTimer.start(int(m_random.between(lo, hi)));
}

qint64 SoakDriver::scalar(const QString& sql)
{
    auto r = m_db->exec(sql);
    if (!r || !r->next())
        return -1;
    const qint64 value = r->value(0).toLongLong();
    r->finish();
    return value;
}

// The pid in the lease row's "<desk> (pid 1234 on host)", 0 when nobody holds it.
qint64 SoakDriver::leaseHolderPid()
{
    auto r = m_db->exec(QStringLiteral("SELECT holder FROM leases WHERE name = 'automation'"));
    if (!r || !r->next())
        return 0;
    const QString holder = r->value(0).toString();
    r->finish();
    const int at = holder.lastIndexOf(QLatin1String("(pid "));
    return at < 0 ? 0 : holder.mid(at + 5).section(QLatin1Char(' '), 0, 0).toLongLong();
}

void SoakDriver::killOne()
{
    SoakDesk* desk = m_desks.at(int(m_random.between(0, m_desks.size() - 1)));
    const bool holder = desk->running() && desk->pid() == leaseHolderPid();
    m_holderKills += holder ? 1 : 0;
    if (m_options.verbose)
        say(QStringLiteral("soak: SIGKILL %1%2")
                .arg(desk->name(), holder ? QStringLiteral(" (the sending desk)") : QString()));
    desk->kill();
    scheduleKill();
}

void SoakDriver::monitor()
{
    if (m_finishing)
        return;
    QNetworkReply* reply = m_network.get(QNetworkRequest(QUrl(m_fakeUrl + QStringLiteral("/soak/status"))));
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::NoError)
            onStatus(QJsonDocument::fromJson(reply->readAll()).object());
    });
}

void SoakDriver::onStatus(const QJsonObject& status)
{
    if (m_finishing)
        return;
    m_lastStatus = status;
    m_decided = scalar(QStringLiteral("SELECT COUNT(*) FROM calls WHERE provider_call_id LIKE 'CA5%' "
                                      "AND decided_at IS NOT NULL"));
    // Whatever state a row is in that is not one of these, the engine has not finished with it.
    m_openOutbox = scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state NOT IN "
                                         "('sent', 'failed', 'cancelled', 'held')"));
    if ((m_decided < 0 || m_openOutbox < 0) && !m_storeUnreadable) {
        m_storeUnreadable = true; // a busy SQLite file, or a schema this soak does not know any more
        say(QStringLiteral("soak: could not read the progress from the store (%1); said once. Without it the "
                           "soak runs to its deadline")
                .arg(m_db->exec(QStringLiteral("SELECT decided_at FROM calls LIMIT 1")).ok()
                         ? QStringLiteral("busy?")
                         : QStringLiteral("calls.decided_at or outbox.state is missing")));
    }
    const double now = double(m_clock.elapsed()) / 1000.0;
    const int textable = status.value(QStringLiteral("textable")).toInt();
    const int texted = status.value(QStringLiteral("textableTexted")).toInt();
    const int calls = status.value(QStringLiteral("callerCallsTotal")).toInt();
    if (m_lastProgressS < 0 || now - m_lastProgressS >= 5) {
        m_lastProgressS = now;
        int kills = 0;
        for (SoakDesk* d : std::as_const(m_desks))
            kills += d->kills();
        say(QStringLiteral("t=%1s calls in log %2/%3, decided %4, textable texted %5/%6, extra texts %7, "
                           "to non-textable %8, outbox open %9, requests %10, kills %11")
                .arg(qRound(now))
                .arg(status.value(QStringLiteral("callerCallsVisible")).toInt())
                .arg(calls)
                .arg(m_decided)
                .arg(texted)
                .arg(textable)
                .arg(status.value(QStringLiteral("extraTexts")).toInt())
                .arg(status.value(QStringLiteral("textsToNonTextable")).toInt())
                .arg(m_openOutbox)
                .arg(status.value(QStringLiteral("requests")).toInt())
                .arg(kills));
    }
    const bool decided = status.value(QStringLiteral("allCallsVisible")).toBool() && texted == textable &&
                         m_decided >= calls && m_openOutbox == 0;
    if (decided && !m_settling) {
        m_settling = true;
        m_killTimer.stop();
        say(QStringLiteral("soak: every caller decided at t=%1s; both desks run %2 s more")
                .arg(qRound(now))
                .arg(m_options.settleS));
        QTimer::singleShot(int(m_options.settleS * 1000), this,
                           [this] { finish(QStringLiteral("every caller decided")); });
    }
    if (!m_settling && now > m_windowEndS + m_options.deadlineS)
        finish(QStringLiteral("deadline passed %1 s after the last call").arg(m_options.deadlineS));
}

void SoakDriver::finish(const QString& why)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_endReason = why;
    m_killTimer.stop();
    m_monitorTimer.stop();
    say(QStringLiteral("soak: stopping (%1): SIGTERM to both desks").arg(why));
    auto remaining = std::make_shared<int>(int(m_desks.size()));
    for (SoakDesk* desk : std::as_const(m_desks)) {
        desk->stop(m_options.stopGraceS * 1000, [this, remaining](bool clean) {
            m_stopsNotClean += clean ? 0 : 1;
            if (--*remaining == 0)
                collectReport();
        });
    }
}

void SoakDriver::collectReport()
{
    connect(&m_fake, &QProcess::finished, this, [this] {
        QFile f(QDir(m_options.outDir).absoluteFilePath(QStringLiteral("fake-report.json")));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("the fake wrote no report"));
        QCoreApplication::exit(printFigures(QJsonDocument::fromJson(f.readAll()).object()));
    });
    QNetworkReply* reply =
        m_network.post(QNetworkRequest(QUrl(m_fakeUrl + QStringLiteral("/soak/finish"))), QByteArray());
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QTimer::singleShot(30'000, this, [this] {
        if (m_fake.state() != QProcess::NotRunning)
            fail(QStringLiteral("the fake did not finish"));
    });
}

int SoakDriver::printFigures(const QJsonObject& report)
{
    const QJsonObject s = report.value(QStringLiteral("summary")).toObject();
    const QJsonObject requests = report.value(QStringLiteral("requests")).toObject();
    const auto n = [&s](const char* key) {
        return s.value(QLatin1String(key)).toInteger();
    };
    int kills = 0, unexpected = 0;
    for (SoakDesk* d : std::as_const(m_desks)) {
        kills += d->kills();
        unexpected += d->unexpectedExits();
    }
    QStringList faults;
    const QJsonObject injected = report.value(QStringLiteral("faultsInjected")).toObject();
    for (auto it = injected.begin(); it != injected.end(); ++it)
        faults << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInt());
    QStringList malformed;
    for (const QJsonValue v : report.value(QStringLiteral("malformedRecords")).toArray())
        malformed << v.toString();
    QStringList routes;
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        if (it.key() != QLatin1String("total") && it.key() != QLatin1String("perCall"))
            routes << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInt());
    }
    const bool pass = n("lost") == 0 && n("extraTexts") == 0 && n("textsToNonTextable") == 0 &&
                      n("textsToOtherNumbers") == 0;
    const QString perCall = QString::number(requests.value(QStringLiteral("perCall")).toDouble(), 'f', 1);
    const QStringList lines{
        QStringLiteral("Soak figures (%1, %2 callers / %3 calls over %4 s, seed %5, ended: %6, after %7 s)")
            .arg(m_options.backend)
            .arg(n("callers"))
            .arg(n("calls"))
            .arg(m_options.params.durationS)
            .arg(report.value(QStringLiteral("seed")).toString(), m_endReason)
            .arg(qRound(double(m_clock.elapsed()) / 1000.0)),
        QStringLiteral(
            "  desks                       2 on one database; %1 SIGKILLs (%2 of the sending desk), "
            "%3 exits nobody asked for, %4 of 2 final SIGTERMs not clean")
            .arg(kills)
            .arg(m_holderKills)
            .arg(unexpected)
            .arg(m_stopsNotClean),
        QStringLiteral("  textable callers            %1, texted exactly once %2")
            .arg(n("textable"))
            .arg(n("textedExactlyOnce")),
        QStringLiteral("  duplicates                  %1 callers got more than one text (%2 extra texts, at "
                       "most %3 to one)")
            .arg(n("duplicatedCallers"))
            .arg(n("extraTexts"))
            .arg(n("maxTextsToOneCaller")),
        QStringLiteral("  lost                        %1 textable callers got no text").arg(n("lost")),
        QStringLiteral(
            "  texts to the non-textable   %1 (of %2 callers: landline, withheld, opted out, own number); "
            "to other numbers %3")
            .arg(n("textsToNonTextable"))
            .arg(n("nonTextable"))
            .arg(n("textsToOtherNumbers")),
        QStringLiteral("  time to text                p50 %1, p95 %2, max %3 (call end -> send accepted)")
            .arg(seconds(n("timeToTextP50Ms")), seconds(n("timeToTextP95Ms")), seconds(n("timeToTextMaxMs"))),
        QStringLiteral("  requests per call           %1 (%2 requests: %3)")
            .arg(perCall)
            .arg(requests.value(QStringLiteral("total")).toInt())
            .arg(routes.join(QStringLiteral(", "))),
        QStringLiteral("  faults injected             %1; malformed records: %2")
            .arg(faults.isEmpty() ? QStringLiteral("none") : faults.join(QStringLiteral(", ")),
                 malformed.isEmpty() ? QStringLiteral("none") : malformed.join(QStringLiteral(", "))),
        pass ? QStringLiteral("RESULT: PASS (0 duplicates, 0 lost, 0 to the non-textable)")
             : QStringLiteral(
                   "RESULT: FAIL (%1 extra texts, %2 lost, %3 to the non-textable, %4 to other numbers)")
                   .arg(n("extraTexts"))
                   .arg(n("lost"))
                   .arg(n("textsToNonTextable"))
                   .arg(n("textsToOtherNumbers")),
    };
    for (const QString& line : lines)
        say(line);
    // A few of the callers that went wrong, to start looking (all of them: fake-report.json).
    QStringList duplicated, lost, wrongly;
    for (const QJsonValue v : report.value(QStringLiteral("perCaller")).toArray()) {
        const QJsonObject c = v.toObject();
        const int texts = c.value(QStringLiteral("texts")).toInt();
        const bool textable = c.value(QStringLiteral("kind")).toString() == QLatin1String("textable");
        const QString who = QStringLiteral("#%1 %2 (%3%4)")
                                .arg(c.value(QStringLiteral("i")).toInt())
                                .arg(c.value(QStringLiteral("number")).toString())
                                .arg(c.value(QStringLiteral("kind")).toString())
                                .arg(c.value(QStringLiteral("shapes"))
                                         .toVariant()
                                         .toStringList()
                                         .join(QLatin1Char('+'))
                                         .prepend(QStringLiteral(", ")));
        if (textable && texts > 1 && duplicated.size() < 5)
            duplicated << QStringLiteral("%1: %2 texts").arg(who).arg(texts);
        else if (textable && texts == 0 && lost.size() < 5)
            lost << who;
        else if (!textable && texts + c.value(QStringLiteral("refused")).toInt() > 0 && wrongly.size() < 5)
            wrongly << who;
    }
    if (!duplicated.isEmpty())
        say(QStringLiteral("  e.g. duplicated: ") + duplicated.join(QStringLiteral("; ")));
    if (!lost.isEmpty())
        say(QStringLiteral("  e.g. lost: ") + lost.join(QStringLiteral("; ")));
    if (!wrongly.isEmpty())
        say(QStringLiteral("  e.g. texted though not textable: ") + wrongly.join(QStringLiteral("; ")));
    // A row for docs/RELIABILITY.md, and everything as JSON.
    const QString row =
        QStringLiteral("| %1 | %2 | %3 | %4 (%5) | %6 / %7 | %8 | %9 | %10 | %11 / %12 | %13 |\n")
            .arg(QDate::currentDate().toString(Qt::ISODate), m_options.backend)
            .arg(n("callers"))
            .arg(kills)
            .arg(m_holderKills)
            .arg(n("textedExactlyOnce"))
            .arg(n("textable"))
            .arg(n("extraTexts"))
            .arg(n("lost"))
            .arg(n("textsToNonTextable"))
            .arg(seconds(n("timeToTextP50Ms")), seconds(n("timeToTextP95Ms")))
            .arg(perCall);
    QFile md(QDir(m_options.outDir).absoluteFilePath(QStringLiteral("figures.md")));
    if (md.open(QIODevice::WriteOnly | QIODevice::Truncate))
        md.write(row.toUtf8());
    QJsonObject figures = s;
    figures.insert(QStringLiteral("backend"), m_options.backend);
    figures.insert(QStringLiteral("kills"), kills);
    figures.insert(QStringLiteral("killsOfTheSendingDesk"), m_holderKills);
    figures.insert(QStringLiteral("requestsPerCall"), requests.value(QStringLiteral("perCall")));
    figures.insert(QStringLiteral("ended"), m_endReason);
    figures.insert(QStringLiteral("pass"), pass);
    QFile json(QDir(m_options.outDir).absoluteFilePath(QStringLiteral("figures.json")));
    if (json.open(QIODevice::WriteOnly | QIODevice::Truncate))
        json.write(QJsonDocument(figures).toJson());
    return pass ? 0 : 1;
}

} // namespace ringback::soak
