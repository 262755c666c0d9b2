#pragma once

#include "common/Clock.h"
#include "common/PagedModel.h"
#include "store/LeadBoardStore.h"

#include <QAbstractListModel>

namespace ringback {
class Database;
class PhoneNumberService;
} // namespace ringback

namespace ringback::ui {

// The cards of one status column on the Leads board, newest activity first, read a page at a time
// (an office can have thousands of lost leads). Cards are dragged out as the lead's id and the
// revision they show; a drop asks for the move with moveRequested, after the drop has finished.
class LeadColumnModel : public PagedModel<QAbstractListModel, BoardCard>
{
    Q_OBJECT
public:
    enum class Reach { Textable, OptedOut, CannotText };
    enum Role {
        LeadIdRole = Qt::UserRole + 1,
        RevisionRole,
        TitleRole, // the name, else the formatted number
        NumberRole,
        NeedRole,
        PlaceRole,
        ValueRole, // the estimated job value as money, empty when not estimated
        StaffRole, // who it is assigned to, empty when nobody
        AgeRole,   // when the lead last had news, as the inbox says it: "now", "14:02", "Mon"
        UnreadRole,
        WordsRole, // the caller's latest text, for a card whose job nobody typed yet
        ReachRole, // int(Reach): whether Ringback may text them
    };
    static constexpr int kPageSize = 50;
    static const QString kMimeType;

    LeadColumnModel(LeadStatus status, Database& db, const PhoneNumberService& phone, const Clock& clock,
                    QObject* parent = nullptr);

    LeadStatus status() const { return m_status; }
    // The loaded row showing this lead, -1 when it is not loaded here.
    int rowOf(qint64 leadId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    // An amount in the business's currency (the phone service's region), whole units.
    QString money(qint64 cents) const;
    static QString age(const QDateTime& since, const QDateTime& now);

signals:
    // Queued after the drop: the store write and the refresh it causes must not reset the models
    // while the views are still inside their drag-and-drop handlers.
    void moveRequested(qint64 leadId, qint64 revision, ringback::LeadStatus from, ringback::LeadStatus to);

private:
    QString title(const Lead& lead) const;
    QString number(const Lead& lead) const;

    LeadStatus m_status;
    const PhoneNumberService& m_phone;
    const Clock& m_clock;
};

} // namespace ringback::ui
