#include "SoakScenario.h"

#include "phone/PhoneNumberService.h"

#include <QHash>

#include <algorithm>

namespace ringback::soak {

namespace {

QString mobile(int i)
{
    return QStringLiteral("+447400%1").arg(100'000 + i, 6, 10, QLatin1Char('0')); // 07400 1xxxxx
}

QString landline(int i)
{
    return QStringLiteral("+44208%1").arg(i, 7, 10, QLatin1Char('0')); // 020 8xxx xxxx (London)
}

QString noise(int i)
{
    return QStringLiteral("+447500%1").arg(100'000 + i, 6, 10, QLatin1Char('0'));
}

// The forms a withheld caller ID takes in Twilio's call log.
const QStringList kWithheld{QStringLiteral("+266696687"), QStringLiteral("anonymous"),
                            QStringLiteral("Restricted"), QStringLiteral("+86282452253")};
const QStringList kStopBodies{QStringLiteral("STOP"), QStringLiteral("Stop"), QStringLiteral("stop"),
                              QStringLiteral("UNSUBSCRIBE")};

} // namespace

quint64 SoakRandom::next()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

bool SoakParams::setFaults(const QString& spec, QString* error)
{
    if (spec == QLatin1String("none")) {
        p429 = p5xx = pHang = pDrop = malformed = 0;
        return true;
    }
    const QHash<QString, double*> names{{QStringLiteral("429"), &p429},
                                        {QStringLiteral("5xx"), &p5xx},
                                        {QStringLiteral("hang"), &pHang},
                                        {QStringLiteral("drop"), &pDrop},
                                        {QStringLiteral("malformed"), &malformed}};
    for (const QString& item : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = item.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = item.section(QLatin1Char('='), 1).trimmed();
        if (name == QLatin1String("on") &&
            QStringList{QStringLiteral("all"), QStringLiteral("send"), QStringLiteral("read")}.contains(
                value)) {
            faultsOn = value;
            continue;
        }
        bool ok = false;
        const double p = item.section(QLatin1Char('='), 1).toDouble(&ok);
        if (!names.contains(name) || !ok || p < 0 || p > 1) {
            if (error)
                *error = QStringLiteral("bad fault \"%1\" (expected 429|5xx|hang|drop|malformed=<0..1>, "
                                        "on=all|send|read)")
                             .arg(item);
            return false;
        }
        *names.value(name) = p;
    }
    return true;
}

QString SoakParams::faultsText() const
{
    return QStringLiteral("429=%1,5xx=%2,hang=%3,drop=%4,malformed=%5")
               .arg(p429)
               .arg(p5xx)
               .arg(pHang)
               .arg(pDrop)
               .arg(malformed) +
           (faultsOn == QLatin1String("all") ? QString() : QStringLiteral(",on=") + faultsOn);
}

QString toText(CallerKind kind)
{
    switch (kind) {
    case CallerKind::Textable:
        return QStringLiteral("textable");
    case CallerKind::Landline:
        return QStringLiteral("landline");
    case CallerKind::Anonymous:
        return QStringLiteral("anonymous");
    case CallerKind::OptedOut:
        return QStringLiteral("opted-out");
    case CallerKind::OwnNumber:
        return QStringLiteral("own-number");
    }
    return {};
}

QString toText(CallShape shape)
{
    switch (shape) {
    case CallShape::NoAnswer:
        return QStringLiteral("no-answer");
    case CallShape::Busy:
        return QStringLiteral("busy");
    case CallShape::Canceled:
        return QStringLiteral("canceled");
    case CallShape::ForwardedNoAnswer:
        return QStringLiteral("forwarded-no-answer");
    case CallShape::ForwardedShortLeg:
        return QStringLiteral("forwarded-short-leg");
    case CallShape::Greeting:
        return QStringLiteral("greeting");
    }
    return {};
}

QString toText(PlannedMalformed::Kind kind)
{
    using K = PlannedMalformed::Kind;
    switch (kind) {
    case K::DurationNotNumber:
        return QStringLiteral("duration-abc");
    case K::MissingSid:
        return QStringLiteral("missing-sid");
    case K::NumericSid:
        return QStringLiteral("numeric-sid");
    case K::EndYear9999:
        return QStringLiteral("end-time-9999");
    case K::MessageYear9999:
        return QStringLiteral("message-date-9999");
    case K::NulInBody:
        return QStringLiteral("nul-in-body");
    case K::LoneSurrogateInBody:
        return QStringLiteral("invalid-utf16-in-body");
    }
    return {};
}

SoakScenario SoakScenario::generate(const SoakParams& p)
{
    SoakRandom rng(p.seed);
    SoakScenario s;
    const qint64 window = qint64(p.durationS * 1000);
    int serial = 0;
    const auto callSid = [&serial] {
        return QStringLiteral("CA5%1").arg(++serial, 31, 16, QLatin1Char('0'));
    };
    for (int i = 0; i < p.callers; ++i) {
        PlannedCaller c;
        c.index = i;
        const double u = rng.uniform();
        double edge = p.landline;
        if (u < edge) {
            c.kind = CallerKind::Landline;
        } else if (u < (edge += p.anonymous)) {
            c.kind = CallerKind::Anonymous;
        } else if (u < (edge += p.optedOut)) {
            c.kind = CallerKind::OptedOut;
        } else if (u < (edge += p.ownNumber)) {
            c.kind = CallerKind::OwnNumber;
        }
        switch (c.kind) {
        case CallerKind::Landline:
            c.number = landline(i);
            break;
        case CallerKind::Anonymous:
            c.number = kWithheld.at(int(rng.between(0, kWithheld.size() - 1)));
            break;
        case CallerKind::OwnNumber:
            c.number = secondNumber();
            break;
        default:
            c.number = mobile(i);
        }
        PlannedCall call;
        call.sid = callSid();
        call.endMs = rng.between(0, window);
        call.shape = CallShape(rng.between(0, int(CallShape::Greeting)));
        call.lagMs = int(rng.between(0, p.visibilityLagMs));
        c.calls << call;
        if (c.kind == CallerKind::Textable && rng.chance(p.repeat)) {
            PlannedCall again = call;
            again.sid = callSid();
            // Within the window: after the first call, or before it when that one ends late.
            const qint64 gap = rng.between(20'000, 120'000);
            again.endMs = call.endMs + gap <= window ? call.endMs + gap : qMax<qint64>(0, call.endMs - gap);
            again.shape = CallShape(rng.between(0, int(CallShape::Greeting)));
            again.lagMs = int(rng.between(0, p.visibilityLagMs));
            c.calls << again;
        }
        if (c.kind == CallerKind::OptedOut) {
            c.stopAtMs = call.endMs - rng.between(20'000, 60'000);
            c.stopBody = kStopBodies.at(int(rng.between(0, kStopBodies.size() - 1)));
        }
        c.replies = c.kind == CallerKind::Textable && rng.chance(p.reply);
        if (rng.chance(p.malformed)) {
            PlannedMalformed m;
            m.kind = PlannedMalformed::Kind(rng.between(0, int(PlannedMalformed::Kind::LoneSurrogateInBody)));
            m.atMs = rng.between(0, window);
            m.number = noise(int(s.malformed.size()));
            m.sid = QStringLiteral("CAe%1").arg(s.malformed.size() + 1, 31, 16, QLatin1Char('0'));
            s.malformed << m;
        }
        s.callers << c;
    }
    return s;
}

QString SoakScenario::checkNumbers() const
{
    PhoneNumberService phone(QStringLiteral("GB"));
    for (const PlannedCaller& c : callers) {
        const PhoneNumberInfo info = phone.parse(c.number);
        bool ok = false;
        switch (c.kind) {
        case CallerKind::Textable:
        case CallerKind::OptedOut:
            ok = info.isValid() && info.canReceiveSms() && info.regionCode == QLatin1String("GB");
            break;
        case CallerKind::Landline:
            ok = info.isValid() && !info.canReceiveSms();
            break;
        case CallerKind::Anonymous:
            ok = info.kind == CallerIdKind::Withheld;
            break;
        case CallerKind::OwnNumber:
            ok = info.isValid();
            break;
        }
        if (!ok)
            return QStringLiteral("caller %1 (%2, %3) is not what libphonenumber says")
                .arg(c.index)
                .arg(toText(c.kind), c.number);
    }
    for (const PlannedMalformed& m : malformed) {
        if (!phone.parse(m.number).canReceiveSms())
            return QStringLiteral("noise number %1 is not a mobile").arg(m.number);
    }
    for (int i = 0; i < 3; ++i) {
        if (!phone.parse(staffCell(i)).canReceiveSms())
            return QStringLiteral("staff cell %1 is not a mobile").arg(staffCell(i));
    }
    return {};
}

} // namespace ringback::soak
