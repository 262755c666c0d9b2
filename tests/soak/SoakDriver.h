#pragma once

#include "SoakDesk.h"
#include "SoakScenario.h"
#include "store/DatabaseLocation.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <memory>

namespace ringback {
class Database;
namespace test {
class TempDatabase;
}
} // namespace ringback

namespace ringback::soak {

struct DriverOptions
{
    SoakParams params;
    QString backend = QStringLiteral("sqlite"); // or "postgres"
    double killMinS = 20;
    double killMaxS = 40;
    double deadlineS = 300; // after the last call ended: whoever has no text by then is lost
    double settleS = 10;    // once every caller is decided: keep both desks running this long
    int stopGraceS = 20;    // SIGTERM, then SIGKILL after this
    QString outDir;
    QString ringback;
    QString fake;
    bool verbose = false;
};

// The soak (issue 13, DESIGN §5): the scenario fake on 127.0.0.1, two headless desks on one
// database, one of them SIGKILLed at random every killMin-killMax seconds and started again, until
// every caller is decided or the deadline passes; then the figures. Exit code: 0 when every
// textable caller got exactly one text and nobody else got any, 1 otherwise, 2 when the soak
// itself could not run.
class SoakDriver : public QObject
{
    Q_OBJECT
public:
    explicit SoakDriver(DriverOptions options, QObject* parent = nullptr);
    ~SoakDriver() override;

    // Starts everything; the application exits with the soak's code when it is over.
    void start();

private:
    bool prepareDatabase();
    bool startFake();
    bool importSettings();
    void startDesks();
    void scheduleKill();
    void killOne();
    void monitor();
    void onStatus(const QJsonObject& status);
    void finish(const QString& why);
    void collectReport();
    int printFigures(const QJsonObject& report);
    void fail(const QString& why);
    qint64 scalar(const QString& sql);
    qint64 leaseHolderPid();
    QProcessEnvironment deskEnvironment() const;

    DriverOptions m_options;
    SoakRandom m_random;
    QString m_dbArgument;
    DatabaseLocation m_location;
    std::unique_ptr<test::TempDatabase> m_postgres;
    QString m_ownPgState; // a server this soak started (and stops)
    std::unique_ptr<Database> m_db;
    QProcess m_fake;
    QString m_fakeUrl;
    QList<SoakDesk*> m_desks;
    QNetworkAccessManager m_network;
    QTimer m_killTimer;
    QTimer m_monitorTimer;
    QElapsedTimer m_clock;
    QJsonObject m_lastStatus;
    double m_windowEndS = 0;
    qint64 m_decided = 0;
    qint64 m_openOutbox = 0;
    bool m_finishing = false;
    bool m_settling = false;
    bool m_storeUnreadable = false;
    QString m_endReason;
    int m_holderKills = 0;
    int m_stopsNotClean = 0;
    double m_lastProgressS = -1;
};

} // namespace ringback::soak
