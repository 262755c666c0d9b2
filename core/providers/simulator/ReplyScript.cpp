#include "ReplyScript.h"

#include "SeededRandom.h"

#include <QCoreApplication>

#include <cmath>

namespace ringback::sim {

namespace {

constexpr const char* kContext = "ringback::sim::ReplyScript";

// What callers of a trades office write when the office texts them back after a missed call.
constexpr const char* kOpenings[] = {
    // Plumbing
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "Water heater is leaking in the garage, can someone come today?"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Kitchen sink is backed up and won't drain at all"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "We have a leak under the upstairs bathroom, water is coming through the ceiling"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Toilet keeps running, how much to fix that?"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "No hot water since this morning. Gas water heater, about 12 years old"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Need a quote to replace a 50 gallon water heater"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Main sewer line is backing up into the tub"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Outdoor spigot froze and cracked, water everywhere"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Do you do tankless water heater installs?"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Low water pressure in the whole house all of a sudden"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Garbage disposal is humming but not spinning"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "Slab leak maybe? Water bill doubled and I hear water running"),
    // Electrical
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Breaker keeps tripping in the kitchen"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Half the outlets in the living room stopped working"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Need a quote for an EV charger in the garage"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Lights flicker every time the AC kicks on"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "Burning smell from an outlet in the bedroom, I turned the breaker off"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "Looking to upgrade our panel to 200 amp, can you quote it?"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Want to add recessed lights in the kitchen, 8 or so"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "GFCI in the bathroom won't reset"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Ceiling fan install, we already bought the fan"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Power is out on one side of the house only"),
    // Roofing
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "Need a quote for a new roof, 2 story house in Round Rock"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "Hail damage from last night's storm, insurance adjuster coming Friday"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Roof is leaking around the chimney when it rains"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "Several shingles blew off in the wind, can you patch it?"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "Water stain on the ceiling keeps getting bigger, think it's the roof"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "Do you do metal roofs? Looking at replacing ours this spring"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "Gutters are pulling away from the fascia on the back side"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "Buying a house in Pflugerville, need a roof inspection before closing"),
    // HVAC
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "AC stopped blowing cold last night"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Furnace won't turn on, house is 58 degrees"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Outside unit is making a loud grinding noise"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Ice on the AC line outside, is that bad?"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "Need a quote for a new AC system, 3 ton, house is 2200 sq ft"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Thermostat is blank, replaced the batteries already"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Water dripping from the attic unit into the hallway"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Can we schedule the spring AC tune-up?"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "Upstairs is 10 degrees hotter than downstairs, any ideas?"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Heat pump is blowing cold air in heat mode"),
    // Scheduling and general
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Can you come out Thursday morning?"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript",
                      "Sorry missed you, I was calling about the estimate you sent"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Is this the plumber? My neighbor recommended you"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Calling to reschedule tomorrow's appointment"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "What's your service call fee?"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Do you work on weekends? It's kind of an emergency"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Your tech was here last week and the leak is back"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Do you take credit cards? Need someone out today"),
};

// A second text right after the first: where, a picture, when.
constexpr const char* kFollowUps[] = {
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Address is 1408 Barton Hills Dr, Austin 78704"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "We're at 2211 Sunrise Rd in Round Rock"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "It's 906 Kenwood Ave, the gate code is 4521"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "17 Oak Creek Cv, Cedar Park. Blue house on the corner"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "I can send a photo if that helps"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Just sent you a picture of the unit's label"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Sent a photo of the ceiling, it's getting worse"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "I'm home all day today"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Anytime after 3 works, I get off work early"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Please call me back when you can"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Also the dog is friendly lol"),
};

// Answers to our second and later texts.
constexpr const char* kLaterAnswers[] = {
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Thursday morning works"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Ok thanks, talk soon"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Yes please, the sooner the better"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "How much would that be roughly?"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Can you do 8am? I have to leave for work at 9"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Never mind, we got someone else. Thanks anyway"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "👍"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Great, see you then"),
};

// Answers to Ringback's intake questions (DESIGN §11).
constexpr const char* kAddresses[] = {
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "1408 Barton Hills Dr, Austin 78704"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "2211 Sunrise Rd, Round Rock"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "It's 906 Kenwood Ave"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "17 Oak Creek Cv, Cedar Park"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "4512 Oak St, Austin TX 78701"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "305 W Main St in Pflugerville, the blue house"),
};
constexpr const char* kTimes[] = {
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Tomorrow morning if possible"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Today after 3 if you can"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Friday works best for us"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "ASAP please"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Anytime Monday, I work from home"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Saturday morning?"),
};
constexpr const char* kPhotoWords[] = {
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "Here you go"),
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "This is what it looks like"),
    "",
};

constexpr const char* kStops[] = {"STOP", "Stop", "stop"};

enum class Asked { Nothing, Need, Address, When, Photo };

// Which intake question a text of ours asks, from its words in the three languages the owner's
// questions come in (the simulator does not read the templates: any wording of theirs works).
Asked askedIn(const QString& text)
{
    const QString t = text.toLower();
    const auto has = [&t](std::initializer_list<const char*> words) {
        for (const char* w : words) {
            if (t.contains(QString::fromUtf8(w)))
                return true;
        }
        return false;
    };
    if (has({"photo", "foto", "picture", "pic "}))
        return Asked::Photo;
    if (has({"address", "direcci", "adresse"}))
        return Asked::Address;
    if (has({"when ", "when?", "cuándo", "cuando", "quand"}))
        return Asked::When;
    if (has({"need help", "help with", "necesita", "ayudar", "besoin", "aider"}))
        return Asked::Need;
    return Asked::Nothing;
}

// A known contact sometimes says who they are.
constexpr const char* kSignedFollowUp =
    QT_TRANSLATE_NOOP("ringback::sim::ReplyScript", "This is %1 by the way, you did our bathroom last year");

template <std::size_t N>
QString pickText(QRandomGenerator& rng, const char* const (&texts)[N])
{
    return QCoreApplication::translate(kContext, texts[rng.bounded(quint32(N))]);
}

} // namespace

ReplyScript::ReplyScript(const SimulatorSettings& settings)
    : m_seed(settings.seed)
    , m_replyPercent(settings.replyPercent)
    , m_stopPercent(settings.stopPercent)
    , m_followUpPercent(settings.followUpPercent)
    , m_delayMin(qMax(1, settings.replyDelayMinSeconds))
    , m_delayMax(qMax(settings.replyDelayMinSeconds, settings.replyDelayMaxSeconds))
{}

QStringList ReplyScript::openings()
{
    QStringList out;
    for (const char* text : kOpenings)
        out << QCoreApplication::translate(kContext, text);
    return out;
}

QList<ScriptedReply> ReplyScript::repliesTo(const QString& number, int turn, bool opening,
                                            const QString& knownName, const QString& ourText) const
{
    QRandomGenerator rng = seeded(m_seed, Stream::Replies, {qint64(stableHash(number)), turn});
    const int roll = int(rng.bounded(100));
    const int firstDelay = delay(rng);
    if (roll < m_stopPercent)
        return {{firstDelay, QString::fromLatin1(kStops[rng.bounded(quint32(std::size(kStops)))])}};
    if (roll >= m_stopPercent + m_replyPercent)
        return {};

    QList<ScriptedReply> replies;
    const Asked asked = opening ? Asked::Nothing : askedIn(ourText);
    if (asked != Asked::Nothing) {
        // Most answer what was asked; some answer another question (out of order); the rest
        // never answer (the roll above already let some callers go silent).
        const int how = int(rng.bounded(100));
        Asked answer = asked;
        if (how >= 80 && how < 92)
            answer = asked == Asked::Address ? Asked::When : Asked::Address;
        else if (how >= 92)
            return {};
        switch (answer) {
        case Asked::Need:
            return {{firstDelay, pickText(rng, kOpenings)}};
        case Asked::Address:
            return {{firstDelay, pickText(rng, kAddresses)}};
        case Asked::When:
            return {{firstDelay, pickText(rng, kTimes)}};
        case Asked::Photo: {
            const char* words = kPhotoWords[rng.bounded(quint32(std::size(kPhotoWords)))];
            return {{firstDelay, *words ? QCoreApplication::translate(kContext, words) : QString(),
                     1 + int(rng.bounded(2))}};
        }
        case Asked::Nothing:
            break;
        }
    }
    replies << ScriptedReply{firstDelay, opening ? pickText(rng, kOpenings) : pickText(rng, kLaterAnswers)};
    if (opening && chance(rng, m_followUpPercent)) {
        const int gap = uniform(rng, 15, 120);
        QString body = pickText(rng, kFollowUps);
        if (!knownName.isEmpty() && chance(rng, 40))
            body = QCoreApplication::translate(kContext, kSignedFollowUp).arg(knownName);
        replies << ScriptedReply{firstDelay + gap, body};
    }
    return replies;
}

int ReplyScript::delay(QRandomGenerator& rng) const
{
    // Log-uniform: most people answer within a minute or two, a few take their time.
    const double u = rng.generateDouble();
    return int(std::lround(m_delayMin * std::pow(double(m_delayMax) / m_delayMin, u)));
}

} // namespace ringback::sim
