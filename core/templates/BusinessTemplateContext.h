#pragma once

#include "TemplateContext.h"
#include "store/StoreError.h"

#include <QDateTime>

namespace ringback {

class Database;

// The real values for a preview: the business name, booking link and staff from Settings, the
// next opening from the stored business hours, and the first name of the latest lead that has one.
class BusinessTemplateContext
{
public:
    static StoreResult<TemplateContext> load(Database& db, const QDateTime& now);
};

} // namespace ringback
