#pragma once

#include "common/Result.h"

#include <QString>

namespace ringback {

// What went wrong with the database, in a sentence the office can act on (message), plus the
// driver's own text for the log and the support e-mail (detail).
struct StoreError
{
    enum class Kind {
        CannotOpen,      // missing folder, no permission, bad path or server unreachable
        Locked,          // another program holds a write lock longer than the busy timeout
        ReadOnly,        // the file or its folder cannot be written
        Corrupt,         // not a database, or damaged pages
        NewerSchema,     // written by a newer Ringback: never migrated down
        ForeignDatabase, // a database that is not Ringback's
        DiskFull,
        Constraint, // a unique key or foreign key refused the write
        NotFound,
        Conflict, // someone else changed the record since it was read (another desk)
        Query     // anything else the driver reported
    };

    Kind kind = Kind::Query;
    QString message;
    QString detail;
};

template <class T>
using StoreResult = Result<T, StoreError>;

} // namespace ringback
