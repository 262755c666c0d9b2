#pragma once

namespace ringback {
class Database;
}

namespace ringback::app {

// `ringback --approve-held`: releases the automatic texts held over the hourly limit, for an
// office whose only running Ringback is a headless worker (no window to press Approve in). They
// go out at the sending desk's or worker's next check, once each, like an approval at a desk.
int approveHeldTexts(Database& db);

} // namespace ringback::app
