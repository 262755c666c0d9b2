#pragma once

#include "FakeHttpServer.h"
#include "FakeTwilioLog.h"
#include "SoakScenario.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <map>

namespace ringback::soak {

// The soak's Twilio account on 127.0.0.1: a call log and a message log that fill up with the
// scenario's callers as their calls end, a send endpoint that records every text it accepts, and
// faults drawn per request. Also answers /soak/status (progress, for the driver) and /soak/finish.
class FakeTwilioOffice : public QObject
{
    Q_OBJECT
public:
    FakeTwilioOffice(const SoakParams& params, SoakScenario scenario, QObject* parent = nullptr);

    bool listen(quint16 port);
    QUrl baseUrl() const { return m_server.baseUrl(); }
    // Per caller: how many texts it got, and the figures over all of them.
    QJsonObject report();
    QJsonObject status();

signals:
    void finishRequested();

private:
    enum class Fault { None, TooManyRequests, ServerError, Hang, Drop };
    struct Tally
    {
        int accepted = 0;
        int refused = 0;       // attempts answered with an error that cannot succeed (21610, 21211)
        qint64 firstAtMs = -1; // first accepted text
    };
    struct Pending
    {
        LogRecord record;
        bool isMessage = false;
        bool callerParent = false;
    };

    std::optional<test::FakeResponse> answer(const test::FakeRequest& request);
    void advance(qint64 nowMs);
    void schedule(qint64 atMs, const LogRecord& record, bool isMessage, bool callerParent = false);
    Fault drawFault();
    test::FakeResponse list(const test::FakeRequest& request, bool messages);
    test::FakeResponse send(const test::FakeRequest& request, Fault fault);
    test::FakeResponse faultResponse(Fault fault, const QByteArray& itemsKey);
    void countRequest(const QString& route) { ++m_requests[route]; }

    SoakParams m_params;
    SoakScenario m_scenario;
    test::FakeHttpServer m_server;
    QDateTime m_windowStart;
    FakeTwilioLog m_calls;
    FakeTwilioLog m_messages;
    std::multimap<qint64, Pending> m_pending; // by when it reaches the log
    QHash<QString, QList<int>> m_callersByNumber;
    QHash<QString, qint64> m_optedOutAt; // number -> when its STOP reached the log
    QHash<QString, Tally> m_texts;       // by To
    SoakRandom m_faults;
    SoakRandom m_replies;
    QHash<QString, int> m_requests;   // by route
    QHash<QString, int> m_faultCount; // by kind
    int m_callerParentsVisible = 0;
    int m_callerParentsTotal = 0;
    int m_sent = 0;
};

} // namespace ringback::soak
