#pragma once

#include "common/Clock.h"
#include "store/LeadBoardStore.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace ringback {
class DeskConnection;
}

namespace ringback {
class Database;
class PhoneNumberService;
} // namespace ringback

namespace ringback::ui {

class LeadColumnModel;

// The Leads board without its widgets: one column model per status, the column totals, and
// moving a lead between columns (saved with its revision check and noted on its timeline).
class LeadBoard : public QObject
{
    Q_OBJECT
public:
    LeadBoard(Database& db, const PhoneNumberService& phone, const Clock& clock = SystemClock::instance(),
              QObject* parent = nullptr);

    // The columns, left to right.
    static const QList<LeadStatus>& statuses();
    LeadColumnModel* column(LeadStatus status) const { return m_columns.value(status); }
    ColumnTotals totals(LeadStatus status) const { return m_totals.value(status); }
    // An amount in the business's currency, as the columns write it.
    QString money(qint64 cents) const;
    // The column a lead is in now, as the store has it (nullopt: gone, or the store failed).
    std::optional<LeadStatus> statusOf(qint64 leadId) const;

    // Moves the lead if it still shows `revision`; on a conflict says so with problem() and
    // shows the other desk's change. True when moved.
    bool move(qint64 leadId, qint64 revision, LeadStatus from, LeadStatus to);

    // Re-reads the totals and every column (the worker or another desk stored something).
    void refresh();
    // Another desk changed these leads (0: any): the totals and only their cards are read again.
    void refreshLeads(const QSet<qint64>& leadIds);
    // On a shared database: refresh() reads on the desk connection's thread (moves still write
    // here); refreshed() comes when the totals have arrived.
    void setDeskConnection(DeskConnection* link);
    // Who works at this desk (Settings): board moves are noted on the lead's history as theirs.
    void setDeskPerson(const QString& name) { m_deskPerson = name.trimmed(); }

signals:
    void refreshed();
    void moved(qint64 leadId, ringback::LeadStatus to);
    void problem(const QString& sentence);

private:
    Database& m_db;
    const PhoneNumberService& m_phone;
    const Clock& m_clock;
    QString m_deskPerson;
    QMap<LeadStatus, LeadColumnModel*> m_columns;
    QMap<LeadStatus, ColumnTotals> m_totals;
    QPointer<DeskConnection> m_link;
};

} // namespace ringback::ui
