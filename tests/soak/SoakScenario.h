#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace ringback::soak {

// What the soak's office looks like and how its provider misbehaves. Everything random is drawn
// from `seed`: the same parameters give the same callers, numbers, call shapes and times.
struct SoakParams
{
    int callers = 10'000;
    double durationS = 2'000; // calls end spread over this window (10,000 in 33 min: 5 a second)
    double startAfterS = 2;   // the window opens this long after the fake starts listening
    quint64 seed = 1;

    // Shares of the callers that must never get a text (the rest must get exactly one).
    double landline = 0.05;  // a UK fixed line: libphonenumber says it cannot receive SMS
    double anonymous = 0.04; // caller ID withheld ("anonymous", Twilio's +266696687, ...)
    double optedOut = 0.04;  // sent STOP to the business before calling
    double ownNumber = 0.02; // the office's second line calling the first
    // Of the textable callers: calling twice within a couple of minutes (still one text), and
    // answering the text (a reply in the message log).
    double repeat = 0.05;
    double reply = 0.2;

    // Faults, as probabilities per API request (malformed: per caller, one bad record each).
    double p429 = 0.005;
    double p5xx = 0.005;
    double pHang = 0.001;
    double pDrop = 0.002;
    double malformed = 0.001;
    QString faultsOn = QStringLiteral("all"); // which requests the faults hit: all, send or read

    int maxPageSize = 1000;      // the server pages at most this many records (Twilio's maximum)
    int visibilityLagMs = 2'000; // a record reaches the log up to this long after the call ended

    // "429=0.005,5xx=0.005,hang=0.001,drop=0.002,malformed=0.001[,on=all|send|read]", or "none".
    // Unknown names: false.
    bool setFaults(const QString& spec, QString* error);
    QString faultsText() const;
};

enum class CallerKind { Textable, Landline, Anonymous, OptedOut, OwnNumber };
QString toText(CallerKind kind);

// How a missed call looks in Twilio's log (DESIGN §2): each is "missed" by a different rule.
enum class CallShape {
    NoAnswer,          // parent no-answer, no duration
    Busy,              // parent busy
    Canceled,          // the caller hung up while it rang
    ForwardedNoAnswer, // parent completed; its <Dial> child legs to staff cells ended no-answer
    ForwardedShortLeg, // parent completed; a cell's own voicemail took the child leg in 4 s
    Greeting,          // parent completed with no child leg: the number's greeting took it
};

QString toText(CallShape shape);

struct PlannedCall
{
    QString sid;
    CallShape shape = CallShape::NoAnswer;
    qint64 endMs = 0; // from the start of the window
    int lagMs = 0;    // how long after its end the record shows in the log
};

struct PlannedCaller
{
    int index = 0;
    CallerKind kind = CallerKind::Textable;
    QString number; // as the provider writes the From of the call
    QList<PlannedCall> calls;
    qint64 stopAtMs = -1; // OptedOut: when the STOP reached the provider (from the window start)
    QString stopBody;
    bool replies = false;
};

struct PlannedMalformed
{
    enum class Kind {
        DurationNotNumber,
        MissingSid,
        NumericSid,
        EndYear9999,
        MessageYear9999,
        NulInBody,
        LoneSurrogateInBody
    };
    Kind kind = Kind::DurationNotNumber;
    qint64 atMs = 0;
    QString number; // a noise caller, never one of the planned callers
    QString sid;
};
QString toText(PlannedMalformed::Kind kind);

struct SoakScenario
{
    static constexpr const char* kAccountSid = "AC50a50a50a50a50a50a50a50a50a50a5";
    static QString mainNumber() { return QStringLiteral("+442079460000"); }
    static QString secondNumber() { return QStringLiteral("+442079460001"); }
    static QString staffCell(int i) { return QStringLiteral("+4479009%1").arg(i, 5, 10, QLatin1Char('0')); }

    QList<PlannedCaller> callers;
    QList<PlannedMalformed> malformed;

    static SoakScenario generate(const SoakParams& params);
    // Empty when every number is what the scenario says it is according to libphonenumber
    // (mobiles can receive SMS, landlines cannot); else what is wrong.
    QString checkNumbers() const;
};

// A small deterministic generator (splitmix64): the same seed gives the same draws everywhere,
// unlike the standard library's distributions.
class SoakRandom
{
public:
    explicit SoakRandom(quint64 seed)
        : m_state(seed)
    {}
    quint64 next();
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(uniform() * double(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }

private:
    quint64 m_state;
};

} // namespace ringback::soak
