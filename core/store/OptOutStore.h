#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ringback {

class Database;

struct OptOut
{
    QString e164;
    QString source;  // "keyword", "provider 21610", "staff"
    QString keyword; // the word the caller sent, when it was a keyword
    QDateTime createdAt;
};

// Numbers that asked not to be texted. Checked before every automatic or manual text.
class OptOutStore
{
public:
    explicit OptOutStore(Database& db)
        : m_db(db)
    {}

    StoreResult<void> optOut(const OptOut& entry);
    StoreResult<void> optIn(const QString& e164);
    StoreResult<bool> isOptedOut(const QString& e164);
    StoreResult<std::optional<OptOut>> entry(const QString& e164);
    StoreResult<QList<OptOut>> all();

private:
    Database& m_db;
};

} // namespace ringback
