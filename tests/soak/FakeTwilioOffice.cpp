#include "FakeTwilioOffice.h"

#include "FakeTwilioRecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace ringback::soak {

using test::FakeRequest;
using test::FakeResponse;

namespace {

const QString kApi = QStringLiteral("/2010-04-01/Accounts/") + QLatin1String(SoakScenario::kAccountSid);

const QStringList kReplies{QStringLiteral("Thanks, can you come Thursday morning?"),
                           QStringLiteral("Yes please call me back"),
                           QStringLiteral("It's the boiler again, no hot water"), QStringLiteral("ok thanks"),
                           QStringLiteral("Kitchen tap is leaking badly")};

FakeResponse twilioError(int status, int code, const QString& message)
{
    return FakeResponse::json(
        status, QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                          {QStringLiteral("message"), message},
                                          {QStringLiteral("more_info"),
                                           QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                                          {QStringLiteral("status"), status}})
                    .toJson(QJsonDocument::Compact));
}

QByteArray queryText(const QList<QPair<QString, QString>>& items)
{
    QByteArray out;
    for (const auto& [key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

qint64 percentile(QList<qint64> sorted, double p)
{
    if (sorted.isEmpty())
        return -1;
    const qsizetype rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted.at(qBound<qsizetype>(0, rank - 1, sorted.size() - 1));
}

} // namespace

FakeTwilioOffice::FakeTwilioOffice(const SoakParams& params, SoakScenario scenario, QObject* parent)
    : QObject(parent)
    , m_params(params)
    , m_scenario(std::move(scenario))
    , m_windowStart(QDateTime::currentDateTimeUtc().addMSecs(qint64(params.startAfterS * 1000)))
    , m_faults(params.seed ^ 0xfa17fa17ULL)
    , m_replies(params.seed ^ 0x5e9175ULL)
{
    m_server.setRecordRequests(false); // hours of polling: keep no copy of each request
    m_server.setHandler([this](const FakeRequest& r) { return answer(r); });
    const qint64 start = m_windowStart.toMSecsSinceEpoch();
    for (const PlannedCaller& c : std::as_const(m_scenario.callers)) {
        m_callersByNumber[c.number].append(c.index);
        for (const PlannedCall& call : c.calls) {
            QList<LogRecord> legs = records::missedCall(call, c.number, m_windowStart);
            const qint64 at = start + call.endMs + call.lagMs;
            schedule(at, legs.takeFirst(), false, true);
            ++m_callerParentsTotal;
            for (const LogRecord& leg : std::as_const(legs))
                schedule(at, leg, false);
        }
        if (c.kind == CallerKind::OptedOut) {
            records::MessageFacts stop;
            stop.sid = QStringLiteral("SM1%1").arg(c.index, 31, 16, QLatin1Char('0'));
            stop.from = c.number;
            stop.to = SoakScenario::mainNumber();
            stop.body = c.stopBody;
            stop.created = stop.sent = m_windowStart.addMSecs(c.stopAtMs);
            schedule(start + c.stopAtMs, records::message(stop), true);
            m_optedOutAt.insert(c.number, start + c.stopAtMs);
        }
    }
    for (const PlannedMalformed& m : std::as_const(m_scenario.malformed)) {
        bool isMessage = false;
        QList<LogRecord> legs;
        const LogRecord r = records::malformed(m, m_windowStart.addMSecs(m.atMs), &isMessage, &legs);
        schedule(start + m.atMs, r, isMessage);
        for (const LogRecord& leg : std::as_const(legs))
            schedule(start + m.atMs, leg, false);
    }
}

bool FakeTwilioOffice::listen(quint16 port)
{
    return m_server.listen(port);
}

void FakeTwilioOffice::schedule(qint64 atMs, const LogRecord& record, bool isMessage, bool callerParent)
{
    m_pending.emplace(atMs, Pending{record, isMessage, callerParent});
}

void FakeTwilioOffice::advance(qint64 nowMs)
{
    while (!m_pending.empty() && m_pending.begin()->first <= nowMs) {
        Pending p = std::move(m_pending.begin()->second);
        m_pending.erase(m_pending.begin());
        (p.isMessage ? m_messages : m_calls).append(std::move(p.record));
        m_callerParentsVisible += p.callerParent ? 1 : 0;
    }
}

FakeTwilioOffice::Fault FakeTwilioOffice::drawFault()
{
    double u = m_faults.uniform();
    for (const auto& [p, fault] :
         {std::pair{m_params.p429, Fault::TooManyRequests}, std::pair{m_params.p5xx, Fault::ServerError},
          std::pair{m_params.pHang, Fault::Hang}, std::pair{m_params.pDrop, Fault::Drop}}) {
        if (u < p)
            return fault;
        u -= p;
    }
    return Fault::None;
}

std::optional<FakeResponse> FakeTwilioOffice::answer(const FakeRequest& r)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    advance(now);
    if (r.path == QLatin1String("/soak/status"))
        return FakeResponse::json(200, QJsonDocument(status()).toJson(QJsonDocument::Compact));
    if (r.path == QLatin1String("/soak/finish")) {
        QTimer::singleShot(0, this, &FakeTwilioOffice::finishRequested);
        return FakeResponse::json(200, "{\"finishing\": true}");
    }
    if (!r.path.startsWith(kApi)) {
        countRequest(QStringLiteral("other"));
        return twilioError(404, 20404, QStringLiteral("The requested resource was not found"));
    }
    const QString rest = r.path.mid(kApi.size());
    const bool get = r.method == "GET";
    QString route;
    if (get && rest == QLatin1String(".json"))
        route = QStringLiteral("account");
    else if (get && rest == QLatin1String("/IncomingPhoneNumbers.json"))
        route = QStringLiteral("numbers");
    else if (get && rest == QLatin1String("/Calls.json"))
        route = r.queryValue(QStringLiteral("ParentCallSid")).isEmpty() ? QStringLiteral("calls")
                                                                        : QStringLiteral("child-legs");
    else if (rest == QLatin1String("/Messages.json"))
        route = get ? QStringLiteral("messages") : QStringLiteral("send");
    if (route.isEmpty()) {
        countRequest(QStringLiteral("other"));
        return twilioError(404, 20404, QStringLiteral("The requested resource was not found"));
    }
    countRequest(route);
    const bool isSend = route == QLatin1String("send");
    const Fault fault =
        m_params.faultsOn == QLatin1String("all") || (m_params.faultsOn == QLatin1String("send")) == isSend
            ? drawFault()
            : Fault::None;
    if (route == QLatin1String("send"))
        return send(r, fault);
    if (fault != Fault::None)
        return faultResponse(fault, route == QLatin1String("messages") ? "messages" : "calls");
    if (route == QLatin1String("account"))
        return FakeResponse::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("sid"), QLatin1String(SoakScenario::kAccountSid)},
                                           {QStringLiteral("friendly_name"), QStringLiteral("Soak office")},
                                           {QStringLiteral("status"), QStringLiteral("active")},
                                           {QStringLiteral("type"), QStringLiteral("Full")}})
                     .toJson(QJsonDocument::Compact));
    if (route == QLatin1String("numbers")) {
        QJsonArray numbers;
        for (const QString& n : {SoakScenario::mainNumber(), SoakScenario::secondNumber()})
            numbers.append(QJsonObject{
                {QStringLiteral("sid"),
                 QString(QStringLiteral("PN") + n.right(10).rightJustified(32, QLatin1Char('0')))},
                {QStringLiteral("phone_number"), n},
                {QStringLiteral("friendly_name"), n},
                {QStringLiteral("capabilities"),
                 QJsonObject{{QStringLiteral("sms"), true}, {QStringLiteral("voice"), true}}}});
        return FakeResponse::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("incoming_phone_numbers"), numbers},
                                           {QStringLiteral("next_page_uri"), QJsonValue()},
                                           {QStringLiteral("page"), 0}})
                     .toJson(QJsonDocument::Compact));
    }
    return list(r, route == QLatin1String("messages"));
}

FakeResponse FakeTwilioOffice::faultResponse(Fault fault, const QByteArray& itemsKey)
{
    switch (fault) {
    case Fault::TooManyRequests:
        ++m_faultCount[QStringLiteral("429")];
        return twilioError(429, 20429, QStringLiteral("Too Many Requests")).withHeader("Retry-After", "1");
    case Fault::ServerError:
        ++m_faultCount[QStringLiteral("5xx")];
        return twilioError(500, 20500, QStringLiteral("An internal server error has occurred"));
    case Fault::Hang: {
        ++m_faultCount[QStringLiteral("hang")];
        FakeResponse hung = FakeResponse::json(200, "{\"" + itemsKey + "\": [");
        hung.ending = FakeResponse::Ending::NeverFinish;
        return hung;
    }
    case Fault::Drop:
        ++m_faultCount[QStringLiteral("drop")];
        return FakeResponse::closesConnection();
    case Fault::None:
        break;
    }
    return FakeResponse::json(200, "{}");
}

FakeResponse FakeTwilioOffice::list(const FakeRequest& r, bool messages)
{
    QList<QPair<QString, QString>> kept;
    FakeTwilioLog::Filter filter;
    int pageSize = 50;
    int cursor = -1;
    int pageNumber = 0;
    for (const auto& [key, value] : r.query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("PageToken")) {
            cursor = value.mid(2).toInt();
            continue;
        }
        if (key == QLatin1String("Page")) {
            pageNumber = value.toInt();
            continue;
        }
        kept.append({key, value});
        if (key == QLatin1String("To"))
            filter.to = value;
        else if (key == QLatin1String("From"))
            filter.from = value;
        else if (key == QLatin1String("ParentCallSid"))
            filter.parentSid = value;
        else if (key == QLatin1String("EndTime>") || key == QLatin1String("DateSent>"))
            filter.onOrAfter = QDate::fromString(value, Qt::ISODate);
        else if (key == QLatin1String("PageSize"))
            pageSize = qBound(1, value.toInt(), 1000);
    }
    pageSize = qMin(pageSize, m_params.maxPageSize);
    const FakeTwilioLog::Page page = (messages ? m_messages : m_calls).page(filter, cursor, pageSize);
    const QByteArray itemsKey = messages ? "messages" : "calls";
    const QByteArray uri = (r.path + QLatin1Char('?')).toUtf8() + queryText(kept);
    QByteArray body = "{\"" + itemsKey + "\":[";
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        if (i > 0)
            body += ',';
        body += page.items.at(i)->json;
    }
    body += "],\"page\":" + QByteArray::number(pageNumber) +
            ",\"page_size\":" + QByteArray::number(pageSize) + ",\"uri\":\"" + uri +
            "\",\"first_page_uri\":\"" + uri + "\",\"previous_page_uri\":null";
    if (page.nextCursor >= 0) {
        QList<QPair<QString, QString>> next = kept;
        next.append({QStringLiteral("Page"), QString::number(pageNumber + 1)});
        next.append({QStringLiteral("PageToken"), QStringLiteral("PA%1").arg(page.nextCursor)});
        body += ",\"next_page_uri\":\"" + (r.path + QLatin1Char('?')).toUtf8() + queryText(next) + "\"}";
    } else {
        body += ",\"next_page_uri\":null}";
    }
    return FakeResponse::json(200, body);
}

FakeResponse FakeTwilioOffice::send(const FakeRequest& r, Fault fault)
{
    if (fault == Fault::TooManyRequests)
        return faultResponse(fault, "messages");
    const QUrlQuery form = r.form();
    const QString to = form.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Tally& tally = m_texts[to];
    if (!to.startsWith(QLatin1Char('+')) || to.size() < 8) {
        ++tally.refused;
        return twilioError(400, 21211, QStringLiteral("The 'To' number is not a valid phone number."));
    }
    if (const auto stop = m_optedOutAt.constFind(to); stop != m_optedOutAt.constEnd() && *stop <= now) {
        ++tally.refused;
        return twilioError(400, 21610, QStringLiteral("Attempt to send to unsubscribed recipient"));
    }
    // A dropped connection may come before or after the provider took the text.
    const bool accepted = fault != Fault::Drop || m_faults.chance(0.5);
    records::MessageFacts m;
    m.sid = QStringLiteral("SM3%1").arg(m_sent + 1, 31, 16, QLatin1Char('0'));
    m.from = form.queryItemValue(QStringLiteral("From"), QUrl::FullyDecoded);
    m.to = to;
    m.body = form.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded);
    m.direction = QStringLiteral("outbound-api");
    m.created = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    if (accepted) {
        ++m_sent;
        records::MessageFacts logged = m;
        logged.status = QStringLiteral("sent");
        logged.sent = logged.created;
        m_messages.append(records::message(logged));
        if (++tally.accepted == 1) {
            tally.firstAtMs = now;
            for (int i : m_callersByNumber.value(to)) {
                if (!m_scenario.callers.at(i).replies)
                    continue;
                records::MessageFacts reply;
                reply.sid = QStringLiteral("SM2%1").arg(i, 31, 16, QLatin1Char('0'));
                reply.from = to;
                reply.to = m.from;
                reply.body = kReplies.at(int(m_replies.between(0, kReplies.size() - 1)));
                const qint64 at = now + m_replies.between(3'000, 10'000);
                reply.created = reply.sent = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
                schedule(at, records::message(reply), true);
            }
        }
    }
    switch (fault) {
    case Fault::ServerError:
        ++m_faultCount[accepted ? QStringLiteral("5xx-after-accepting-a-send") : QStringLiteral("5xx")];
        return twilioError(500, 20500, QStringLiteral("An internal server error has occurred"));
    case Fault::Hang:
        ++m_faultCount[QStringLiteral("hang-after-accepting-a-send")];
        return [] {
            FakeResponse hung = FakeResponse::json(201, "{\"sid\": \"SM");
            hung.ending = FakeResponse::Ending::NeverFinish;
            return hung;
        }();
    case Fault::Drop:
        ++m_faultCount[accepted ? QStringLiteral("drop-after-accepting-a-send")
                                : QStringLiteral("drop-before-accepting-a-send")];
        return FakeResponse::closesConnection();
    default:
        break;
    }
    m.status = QStringLiteral("queued");
    return FakeResponse::json(201, records::messageJson(m));
}

QJsonObject FakeTwilioOffice::status()
{
    int textable = 0, texted = 0, extra = 0;
    for (const PlannedCaller& c : std::as_const(m_scenario.callers)) {
        if (c.kind != CallerKind::Textable)
            continue;
        ++textable;
        const int n = m_texts.value(c.number).accepted;
        texted += n > 0 ? 1 : 0;
        extra += qMax(0, n - 1);
    }
    int toNonTextable = 0;
    for (auto it = m_callersByNumber.cbegin(); it != m_callersByNumber.cend(); ++it) {
        if (m_scenario.callers.at(it->first()).kind != CallerKind::Textable)
            toNonTextable += m_texts.value(it.key()).accepted + m_texts.value(it.key()).refused;
    }
    int requests = 0;
    for (int n : std::as_const(m_requests))
        requests += n;
    return QJsonObject{{QStringLiteral("callerCallsVisible"), m_callerParentsVisible},
                       {QStringLiteral("callerCallsTotal"), m_callerParentsTotal},
                       {QStringLiteral("allCallsVisible"), m_callerParentsVisible == m_callerParentsTotal},
                       {QStringLiteral("textable"), textable},
                       {QStringLiteral("textableTexted"), texted},
                       {QStringLiteral("extraTexts"), extra},
                       {QStringLiteral("textsToNonTextable"), toNonTextable},
                       {QStringLiteral("textsAccepted"), m_sent},
                       {QStringLiteral("requests"), requests}};
}

QJsonObject FakeTwilioOffice::report()
{
    advance(QDateTime::currentMSecsSinceEpoch());
    QJsonArray perCaller;
    QList<qint64> timeToText;
    int textable = 0, once = 0, lost = 0, duplicated = 0, extra = 0, maxTexts = 0, nonTextable = 0;
    const qint64 start = m_windowStart.toMSecsSinceEpoch();
    for (const PlannedCaller& c : std::as_const(m_scenario.callers)) {
        const Tally t = m_texts.value(c.number);
        QJsonObject row{{QStringLiteral("i"), c.index},        {QStringLiteral("kind"), toText(c.kind)},
                        {QStringLiteral("number"), c.number},  {QStringLiteral("calls"), int(c.calls.size())},
                        {QStringLiteral("texts"), t.accepted}, {QStringLiteral("refused"), t.refused}};
        QJsonArray shapes;
        for (const PlannedCall& call : c.calls)
            shapes.append(toText(call.shape));
        row.insert(QStringLiteral("shapes"), shapes);
        if (c.kind == CallerKind::Textable) {
            ++textable;
            once += t.accepted == 1 ? 1 : 0;
            lost += t.accepted == 0 ? 1 : 0;
            duplicated += t.accepted > 1 ? 1 : 0;
            extra += qMax(0, t.accepted - 1);
            maxTexts = qMax(maxTexts, t.accepted);
            if (t.firstAtMs >= 0) {
                qint64 firstEnd = c.calls.first().endMs;
                for (const PlannedCall& call : c.calls)
                    firstEnd = qMin(firstEnd, call.endMs);
                timeToText << t.firstAtMs - (start + firstEnd);
                row.insert(QStringLiteral("timeToTextMs"), timeToText.last());
            }
        } else {
            ++nonTextable;
        }
        perCaller.append(row);
    }
    int toNonTextable = 0, toOthers = 0;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const auto callers = m_callersByNumber.constFind(it.key());
        const int attempts = it->accepted + it->refused;
        if (callers == m_callersByNumber.cend())
            toOthers += attempts;
        else if (m_scenario.callers.at(callers->first()).kind != CallerKind::Textable)
            toNonTextable += attempts;
    }
    std::sort(timeToText.begin(), timeToText.end());
    QJsonObject requests;
    int total = 0;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        requests.insert(it.key(), it.value());
        total += it.value();
    }
    requests.insert(QStringLiteral("total"), total);
    requests.insert(QStringLiteral("perCall"),
                    m_callerParentsTotal > 0 ? double(total) / m_callerParentsTotal : 0.0);
    QJsonObject faults;
    for (auto it = m_faultCount.cbegin(); it != m_faultCount.cend(); ++it)
        faults.insert(it.key(), it.value());
    QJsonArray malformed;
    for (const PlannedMalformed& m : std::as_const(m_scenario.malformed))
        malformed.append(toText(m.kind));
    const QJsonObject summary{
        {QStringLiteral("callers"), int(m_scenario.callers.size())},
        {QStringLiteral("calls"), m_callerParentsTotal},
        {QStringLiteral("callsInLog"), m_callerParentsVisible},
        {QStringLiteral("textable"), textable},
        {QStringLiteral("textedExactlyOnce"), once},
        {QStringLiteral("lost"), lost},
        {QStringLiteral("duplicatedCallers"), duplicated},
        {QStringLiteral("extraTexts"), extra},
        {QStringLiteral("maxTextsToOneCaller"), maxTexts},
        {QStringLiteral("nonTextable"), nonTextable},
        {QStringLiteral("textsToNonTextable"), toNonTextable},
        {QStringLiteral("textsToOtherNumbers"), toOthers},
        {QStringLiteral("timeToTextP50Ms"), percentile(timeToText, 0.50)},
        {QStringLiteral("timeToTextP95Ms"), percentile(timeToText, 0.95)},
        {QStringLiteral("timeToTextMaxMs"), timeToText.isEmpty() ? qint64(-1) : timeToText.last()},
    };
    return QJsonObject{{QStringLiteral("seed"), QString::number(m_params.seed)},
                       {QStringLiteral("durationS"), m_params.durationS},
                       {QStringLiteral("faults"), m_params.faultsText()},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("requests"), requests},
                       {QStringLiteral("faultsInjected"), faults},
                       {QStringLiteral("malformedRecords"), malformed},
                       {QStringLiteral("perCaller"), perCaller}};
}

} // namespace ringback::soak
