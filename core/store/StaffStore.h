#pragma once

#include "StoreError.h"

#include <QList>
#include <QString>

namespace ringback {

class Database;

struct StaffMember
{
    qint64 id = 0;
    QString name;
};

// The people a lead can be assigned to. The owner lists them in Settings (StaffNames); a name is
// given a row the first time someone assigns a lead to it, so assignments survive a rename in
// Settings.
class StaffStore
{
public:
    explicit StaffStore(Database& db)
        : m_db(db)
    {}

    // Active staff, by name.
    StoreResult<QList<StaffMember>> active();
    StoreResult<StaffMember> findOrCreate(const QString& name);

private:
    Database& m_db;
};

} // namespace ringback
