#pragma once

#include "store/SetAsideStore.h"

#include <QLabel>
#include <QPointer>

namespace ringback {
class Database;
class DeskConnection;
} // namespace ringback

namespace ringback::ui {

// Above the call log: the provider records Ringback could not read and set aside ("2 call records
// from the provider could not be read — set aside"), with each reason in words. Hidden when none.
class SetAsideNotice : public QLabel
{
    Q_OBJECT
public:
    explicit SetAsideNotice(Database& db, QWidget* parent = nullptr);

    // Reads the counts again (the worker stored something new).
    void refresh();
    // On a shared database: refresh() reads on the desk connection's thread.
    void setDeskConnection(DeskConnection* link);

    static QString sentence(const QList<SetAsideStore::Count>& calls,
                            const QList<SetAsideStore::Count>& messages);

private:
    void showSentence(const QString& text);

    Database& m_db;
    QPointer<DeskConnection> m_link;
};

} // namespace ringback::ui
