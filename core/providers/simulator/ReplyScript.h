#pragma once

#include "SimulatorSettings.h"

#include <QList>
#include <QString>

class QRandomGenerator;

namespace ringback::sim {

struct ScriptedReply
{
    int delaySeconds = 0; // after our text was sent (simulated seconds)
    QString body;
    int media = 0; // photos sent with it (MMS)
};

// What a caller texts back, and when: a pure function of the seed, the caller's number, how many
// texts we sent them before (the turn) and whether our text opens a conversation. An opening is
// answered with a job (plumbing, electrical, roofing, HVAC), sometimes followed by an address, a
// photo or a time; later texts are answered briefly, and Ringback's intake questions (DESIGN §11)
// are answered as asked, sometimes with the answer to another question, sometimes not at all.
// Some callers reply STOP, some never reply.
class ReplyScript
{
public:
    explicit ReplyScript(const SimulatorSettings& settings);

    // knownName: the caller's first name when they are a known contact (they may sign with it).
    // ourText: the text being answered (an intake question is answered as one).
    QList<ScriptedReply> repliesTo(const QString& number, int turn, bool opening, const QString& knownName,
                                   const QString& ourText = QString()) const;

    // Every text a caller may open with (translated), for tests and for the curious.
    static QStringList openings();

private:
    int delay(QRandomGenerator& rng) const;

    quint64 m_seed;
    int m_replyPercent;
    int m_stopPercent;
    int m_followUpPercent;
    int m_delayMin;
    int m_delayMax;
};

} // namespace ringback::sim
