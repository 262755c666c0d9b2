#pragma once

#include <QByteArray>
#include <QString>

namespace ringback::sim {

// The photos the demo's callers send: a few drawn scenes of the jobs trades offices get (a leaking
// water heater, a roof with shingles missing, a stained ceiling, a scorched breaker), as SVG so
// the core needs no image library. The same message id and place always give the same scene.
class SimulatedPhotos
{
public:
    static constexpr const char* kContentType = "image/svg+xml";
    static QByteArray photo(const QString& providerMessageId, int position);
};

} // namespace ringback::sim
