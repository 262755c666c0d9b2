#include "SimulatedPhotos.h"

#include "SeededRandom.h"

#include <array>

namespace ringback::sim {

namespace {

constexpr const char* kHeader =
    R"(<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480" viewBox="0 0 640 480">)";

constexpr const char* kWaterHeater = R"(
<rect width="640" height="480" fill="#d8d2c4"/>
<rect y="380" width="640" height="100" fill="#8d8170"/>
<rect x="240" y="90" width="160" height="300" rx="30" fill="#eeeeea" stroke="#9a9a92" stroke-width="4"/>
<rect x="272" y="40" width="16" height="60" fill="#b87333"/><rect x="352" y="40" width="16" height="60" fill="#b87333"/>
<rect x="300" y="250" width="40" height="30" rx="4" fill="#c9c9c0" stroke="#888" stroke-width="2"/>
<ellipse cx="330" cy="420" rx="200" ry="34" fill="#6f9fc7" opacity="0.75"/>
<ellipse cx="300" cy="414" rx="90" ry="12" fill="#a9cbe6" opacity="0.8"/>
<path d="M395 330 q6 14 0 20 q-6 -6 0 -20z" fill="#6f9fc7"/><path d="M392 362 q6 14 0 20 q-6 -6 0 -20z" fill="#6f9fc7"/>
)";

constexpr const char* kRoof = R"(
<rect width="640" height="480" fill="#9cc6e8"/>
<circle cx="560" cy="70" r="36" fill="#f6e27a"/>
<polygon points="40,300 320,110 600,300" fill="#55585e"/>
<g stroke="#3c3e42" stroke-width="3"><line x1="110" y1="253" x2="530" y2="253"/><line x1="170" y1="212" x2="470" y2="212"/><line x1="230" y1="171" x2="410" y2="171"/></g>
<polygon points="300,190 370,190 390,230 290,232" fill="#a8835a"/>
<polygon points="420,240 455,238 462,262 418,262" fill="#a8835a"/>
<rect x="80" y="300" width="480" height="180" fill="#e9e2d0"/>
<rect x="150" y="340" width="90" height="80" fill="#7d9bb3"/><rect x="400" y="340" width="90" height="80" fill="#7d9bb3"/>
)";

constexpr const char* kCeiling = R"(
<rect width="640" height="480" fill="#f1efe9"/>
<g fill="none" stroke="#e2ded4" stroke-width="2"><line x1="0" y1="160" x2="640" y2="160"/><line x1="0" y1="320" x2="640" y2="320"/></g>
<ellipse cx="360" cy="230" rx="170" ry="110" fill="#d9c7a2" opacity="0.7"/>
<ellipse cx="350" cy="236" rx="120" ry="76" fill="#c8ad7e" opacity="0.7"/>
<ellipse cx="344" cy="240" rx="62" ry="40" fill="#a8864f" opacity="0.7"/>
<circle cx="150" cy="120" r="46" fill="#fbfbf6" stroke="#cfcabc" stroke-width="4"/>
<path d="M344 282 q7 16 0 24 q-7 -8 0 -24z" fill="#a8864f"/>
)";

constexpr const char* kBreaker = R"(
<rect width="640" height="480" fill="#cfd3d6"/>
<rect x="170" y="40" width="300" height="400" rx="8" fill="#8e9499" stroke="#5f6468" stroke-width="6"/>
<rect x="200" y="70" width="240" height="340" fill="#aeb3b7"/>
<g fill="#2f3337">
<rect x="215" y="90" width="90" height="34" rx="4"/><rect x="335" y="90" width="90" height="34" rx="4"/>
<rect x="215" y="140" width="90" height="34" rx="4"/><rect x="335" y="140" width="90" height="34" rx="4"/>
<rect x="215" y="190" width="90" height="34" rx="4"/><rect x="335" y="190" width="90" height="34" rx="4"/>
<rect x="215" y="240" width="90" height="34" rx="4"/><rect x="335" y="240" width="90" height="34" rx="4"/>
<rect x="215" y="290" width="90" height="34" rx="4"/><rect x="335" y="290" width="90" height="34" rx="4"/>
</g>
<ellipse cx="380" cy="210" rx="70" ry="46" fill="#1b1b1b" opacity="0.55"/>
<ellipse cx="380" cy="200" rx="34" ry="22" fill="#4a3a2a" opacity="0.7"/>
)";

} // namespace

QByteArray SimulatedPhotos::photo(const QString& providerMessageId, int position)
{
    static constexpr std::array<const char*, 4> kScenes{kWaterHeater, kRoof, kCeiling, kBreaker};
    const quint64 pick = (stableHash(providerMessageId) + quint64(position)) % kScenes.size();
    return QByteArray(kHeader) + kScenes.at(pick) + "</svg>\n";
}

} // namespace ringback::sim
