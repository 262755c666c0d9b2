#pragma once

#include "common/PagedModel.h"
#include "domain/Call.h"
#include "domain/CallOutcome.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace ringback {
class Database;
class PhoneNumberService;
} // namespace ringback

namespace ringback::ui {

// The call log, newest first, read from the store a page at a time (canFetchMore/fetchMore), with
// what the automation decided about each call.
class CallLogModel : public PagedModel<QAbstractTableModel, Call>
{
    Q_OBJECT
public:
    enum Column { TimeColumn, CallerColumn, OutcomeColumn, DurationColumn, ColumnCount };
    enum Role {
        NumberRole = Qt::UserRole + 1, // the caller's number as stored (E.164 when it parsed)
        OutcomeKindRole,               // int(CallOutcomeKind)
        NobodyTextingRole,             // bool: a missed call that ended while nobody was texting
    };
    static constexpr int kPageSize = 200;

    CallLogModel(Database& db, const PhoneNumberService& phone, QObject* parent = nullptr);
    // On a shared database: refresh() reads on the desk connection's thread.
    void setDeskConnection(DeskConnection* link);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A call in the list is still ringing or talking: the page reads the log again until it ends.
    bool hasCallsInProgress() const;

private:
    QString callerText(const Call& call) const;
    QString outcomeText(const Call& call) const;
    static bool missedWhileNobodyTexting(const Call& call);

    static QVariant outcomeLook(CallOutcomeKind kind, int role);

    const PhoneNumberService& m_phone;
};

} // namespace ringback::ui
