#pragma once

#include "common/PagedModel.h"
#include "domain/Call.h"

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
    static constexpr int kPageSize = 200;

    CallLogModel(Database& db, const PhoneNumberService& phone, QObject* parent = nullptr);
    // On a shared database: refresh() reads on the desk connection's thread.
    void setDeskConnection(DeskConnection* link);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString callerText(const Call& call) const;
    QString outcomeText(const Call& call) const;

    const PhoneNumberService& m_phone;
};

} // namespace ringback::ui
