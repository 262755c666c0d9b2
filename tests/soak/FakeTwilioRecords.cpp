#include "FakeTwilioRecords.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ringback::soak::records {

namespace {

const QString kApi = QStringLiteral("/2010-04-01/Accounts/") + QLatin1String(SoakScenario::kAccountSid);

QJsonValue date(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(rfc2822(t)) : QJsonValue();
}

QJsonObject callObject(const CallFacts& f)
{
    return QJsonObject{
        {QStringLiteral("sid"), f.sid},
        {QStringLiteral("account_sid"), QLatin1String(SoakScenario::kAccountSid)},
        {QStringLiteral("parent_call_sid"), f.parentSid.isEmpty() ? QJsonValue() : QJsonValue(f.parentSid)},
        {QStringLiteral("date_created"), date(f.start)},
        {QStringLiteral("date_updated"), date(f.end)},
        {QStringLiteral("from"), f.from},
        {QStringLiteral("from_formatted"), f.from},
        {QStringLiteral("to"), f.to},
        {QStringLiteral("to_formatted"), f.to},
        {QStringLiteral("phone_number_sid"), QStringLiteral("PN50a50a50a50a50a50a50a50a50a50a5")},
        {QStringLiteral("status"), f.status},
        {QStringLiteral("direction"), f.direction},
        {QStringLiteral("start_time"), date(f.start)},
        {QStringLiteral("end_time"), date(f.end)},
        {QStringLiteral("duration"), f.duration},
        {QStringLiteral("price"), QJsonValue()},
        {QStringLiteral("price_unit"), QStringLiteral("USD")},
        {QStringLiteral("answered_by"), QJsonValue()},
        {QStringLiteral("forwarded_from"), QJsonValue()},
        {QStringLiteral("caller_name"), QJsonValue()},
        {QStringLiteral("api_version"), QStringLiteral("2010-04-01")},
        {QStringLiteral("uri"), QString(kApi + QStringLiteral("/Calls/") + f.sid + QStringLiteral(".json"))},
    };
}

QJsonObject messageObject(const MessageFacts& f)
{
    return QJsonObject{
        {QStringLiteral("sid"), f.sid},
        {QStringLiteral("account_sid"), QLatin1String(SoakScenario::kAccountSid)},
        {QStringLiteral("messaging_service_sid"), QJsonValue()},
        {QStringLiteral("from"), f.from},
        {QStringLiteral("to"), f.to},
        {QStringLiteral("body"), f.body},
        {QStringLiteral("status"), f.status},
        {QStringLiteral("direction"), f.direction},
        {QStringLiteral("num_segments"), QStringLiteral("1")},
        {QStringLiteral("num_media"), QStringLiteral("0")},
        {QStringLiteral("date_created"), date(f.created)},
        {QStringLiteral("date_updated"), date(f.sent.isValid() ? f.sent : f.created)},
        {QStringLiteral("date_sent"), date(f.sent)},
        {QStringLiteral("error_code"), QJsonValue()},
        {QStringLiteral("error_message"), QJsonValue()},
        {QStringLiteral("price"), QJsonValue()},
        {QStringLiteral("price_unit"), QStringLiteral("USD")},
        {QStringLiteral("api_version"), QStringLiteral("2010-04-01")},
        {QStringLiteral("uri"),
         QString(kApi + QStringLiteral("/Messages/") + f.sid + QStringLiteral(".json"))},
    };
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString childSid(const QString& parent, int leg)
{
    return QStringLiteral("CAc") + parent.mid(3, 30) + QString::number(leg);
}

// A call nobody missed (for the noise callers): a completed parent and one answered child leg.
QList<LogRecord> answeredCall(CallFacts parent)
{
    CallFacts child = parent;
    child.sid = childSid(parent.sid, 1);
    child.parentSid = parent.sid;
    child.to = SoakScenario::staffCell(1);
    child.direction = QStringLiteral("outbound-dial");
    child.duration = QStringLiteral("80");
    child.start = parent.start.addSecs(8);
    child.end = parent.end.addSecs(-1);
    return {call(parent), call(child)};
}

} // namespace

QString rfc2822(const QDateTime& t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) +
           QStringLiteral(" +0000");
}

LogRecord call(const CallFacts& f)
{
    return LogRecord{compact(callObject(f)), f.to, f.from, f.parentSid, f.end.toUTC().date()};
}

QByteArray messageJson(const MessageFacts& f)
{
    return compact(messageObject(f));
}

LogRecord message(const MessageFacts& f)
{
    return LogRecord{messageJson(f), f.to, f.from, QString(), f.sent.toUTC().date()};
}

QList<LogRecord> missedCall(const PlannedCall& planned, const QString& from, const QDateTime& windowStart)
{
    CallFacts parent;
    parent.sid = planned.sid;
    parent.from = from;
    parent.to = SoakScenario::mainNumber();
    parent.end = windowStart.addMSecs(planned.endMs);
    QList<CallFacts> children;
    const auto child = [&parent, &children](const QString& status, int seconds) {
        CallFacts c = parent;
        c.sid = childSid(parent.sid, int(children.size()) + 1);
        c.parentSid = parent.sid;
        c.to = SoakScenario::staffCell(int(children.size()) + 1);
        c.direction = QStringLiteral("outbound-dial");
        c.status = status;
        c.duration = QString::number(seconds);
        c.start = parent.start.addSecs(2);
        c.end = parent.end.addSecs(-1);
        children << c;
    };
    switch (planned.shape) {
    case CallShape::NoAnswer:
        parent.status = QStringLiteral("no-answer");
        parent.start = parent.end.addSecs(-25);
        parent.duration = QStringLiteral("0");
        break;
    case CallShape::Busy:
        parent.status = QStringLiteral("busy");
        parent.start = parent.end.addSecs(-1);
        parent.duration = QJsonValue();
        break;
    case CallShape::Canceled:
        parent.status = QStringLiteral("canceled");
        parent.start = parent.end.addSecs(-12);
        parent.duration = QStringLiteral("0");
        break;
    case CallShape::ForwardedNoAnswer:
        parent.status = QStringLiteral("completed");
        parent.start = parent.end.addSecs(-28);
        parent.duration = QStringLiteral("28");
        child(QStringLiteral("no-answer"), 0);
        if (planned.sid.endsWith(QLatin1Char('0')) || planned.sid.endsWith(QLatin1Char('5')))
            child(QStringLiteral("busy"), 0);
        break;
    case CallShape::ForwardedShortLeg:
        parent.status = QStringLiteral("completed");
        parent.start = parent.end.addSecs(-30);
        parent.duration = QStringLiteral("30");
        child(QStringLiteral("completed"), 4);
        break;
    case CallShape::Greeting:
        parent.status = QStringLiteral("completed");
        parent.start = parent.end.addSecs(-35);
        parent.duration = QStringLiteral("35");
        break;
    }
    QList<LogRecord> out{call(parent)};
    for (const CallFacts& c : std::as_const(children))
        out << call(c);
    return out;
}

LogRecord malformed(const PlannedMalformed& m, const QDateTime& at, bool* isMessage,
                    QList<LogRecord>* childLegs)
{
    using K = PlannedMalformed::Kind;
    *isMessage = m.kind == K::MessageYear9999 || m.kind == K::NulInBody || m.kind == K::LoneSurrogateInBody;
    if (*isMessage) {
        MessageFacts f;
        f.sid = QStringLiteral("SMe") + m.sid.mid(3);
        f.from = m.number;
        f.to = SoakScenario::mainNumber();
        f.created = f.sent = at;
        f.body = QStringLiteral("Hi, is this still the plumber? Our tap drips");
        if (m.kind == K::MessageYear9999)
            f.created = f.sent = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
        if (m.kind == K::NulInBody)
            f.body.insert(3, QChar(u'\0'));
        LogRecord r = message(f);
        if (m.kind == K::LoneSurrogateInBody) // QJsonDocument would not write one: splice it in
            r.json.replace("Hi, is", "Hi,\\ud800 is");
        return r;
    }
    CallFacts f;
    f.sid = m.sid;
    f.from = m.number;
    f.to = SoakScenario::mainNumber();
    f.status = QStringLiteral("completed");
    f.start = at.addSecs(-95);
    f.end = at;
    f.duration = QStringLiteral("95");
    QList<LogRecord> legs = answeredCall(f);
    LogRecord parent = legs.takeFirst();
    *childLegs = legs;
    QJsonObject o = QJsonDocument::fromJson(parent.json).object();
    switch (m.kind) {
    case K::DurationNotNumber:
        o.insert(QStringLiteral("duration"), QStringLiteral("abc"));
        break;
    case K::MissingSid:
        o.remove(QStringLiteral("sid"));
        childLegs->clear();
        break;
    case K::NumericSid:
        o.insert(QStringLiteral("sid"), 12345);
        childLegs->clear();
        break;
    case K::EndYear9999:
        o.insert(QStringLiteral("end_time"), QStringLiteral("Fri, 31 Dec 9999 23:59:59 +0000"));
        parent.day = QDate(9999, 12, 31);
        break;
    default:
        break;
    }
    parent.json = compact(o);
    return parent;
}

} // namespace ringback::soak::records
