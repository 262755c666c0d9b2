#pragma once

#include "common/PagedModel.h"
#include "store/ConversationStore.h"

#include <QAbstractListModel>

namespace ringback {
class Database;
class PhoneNumberService;
} // namespace ringback

namespace ringback::ui {

// The shared inbox's conversations, most recent activity first, read a page at a time.
class ConversationListModel : public PagedModel<QAbstractListModel, ConversationSummary>
{
    Q_OBJECT
public:
    enum Role {
        LeadIdRole = Qt::UserRole + 1,
        TitleRole,   // the name, else the formatted number
        PlaceRole,   // "Austin, TX"
        SnippetRole, // the last text, "You: ..." for ours
        UnreadRole,
        StatusRole, // the lead status, in words
        TimeRole    // last activity (QDateTime, UTC)
    };
    static constexpr int kPageSize = 100;

    ConversationListModel(Database& db, const PhoneNumberService& phone, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString statusText(LeadStatus status);

private:
    QString title(const ConversationSummary& c) const;
    QString snippet(const ConversationSummary& c) const;

    const PhoneNumberService& m_phone;
};

} // namespace ringback::ui
