#pragma once

#include "common/PagedRows.h"
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
class CallLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, CallerColumn, OutcomeColumn, DurationColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    CallLogModel(Database& db, const PhoneNumberService& phone, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Re-reads the first page (the worker stored something new).
    void refresh();
    QString lastError() const { return m_rows.lastError(); }

private:
    QString callerText(const Call& call) const;
    QString outcomeText(const Call& call) const;

    const PhoneNumberService& m_phone;
    PagedRows<Call> m_rows;
};

} // namespace ringback::ui
