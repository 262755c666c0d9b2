#pragma once

#include "TemplateRole.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ringback {

class Database;

struct StoredTemplate
{
    qint64 id = 0; // 0 for a built-in default that was never saved
    TemplateRole role = TemplateRole::BusinessHours;
    QString name;
    QString body;
    QDateTime updatedAt; // invalid for a built-in default
    bool isDefault = false;
};

// Message templates in the `templates` table: one active template per role (stored under the
// name "active"), and any number of saved replies (role "saved_reply", named by the staff).
// A body with errors (unknown placeholders, unbalanced braces) is refused, so nothing stored can
// fail to render for a reason the editor could have caught.
class TemplateStore
{
public:
    explicit TemplateStore(Database& db)
        : m_db(db)
    {}

    // The role's template, or the built-in default when none was saved. Not for SavedReply.
    StoreResult<StoredTemplate> forRole(TemplateRole role);
    StoreResult<StoredTemplate> saveForRole(TemplateRole role, const QString& body, const QDateTime& now);

    // Saved replies, by name.
    StoreResult<QList<StoredTemplate>> savedReplies();
    StoreResult<StoredTemplate> saveReply(const QString& name, const QString& body, const QDateTime& now);
    StoreResult<void> removeReply(const QString& name);

    // Forgets every role's own template (saved replies stay): the defaults apply again.
    StoreResult<void> restoreDefaults();
    StoreResult<void> restoreDefault(TemplateRole role);

private:
    StoreResult<StoredTemplate> upsert(TemplateRole role, const QString& name, const QString& body,
                                       const QDateTime& now);

    Database& m_db;
};

} // namespace ringback
