#include "TemplateStore.h"

#include "TemplateDefaults.h"
#include "TemplateRenderer.h"
#include "store/Database.h"
#include "store/QueryRows.h"
#include "store/SqlValues.h"

#include <QCoreApplication>

namespace ringback {

namespace {

const QString kActiveName = QStringLiteral("active");
const QString kColumns = QStringLiteral("id, role, name, body, updated_at");

StoredTemplate readTemplate(const QSqlQuery& q)
{
    StoredTemplate t;
    t.id = q.value(0).toLongLong();
    t.role = templateRoleFromText(q.value(1).toString()).value_or(TemplateRole::SavedReply);
    t.name = q.value(2).toString();
    t.body = q.value(3).toString();
    t.updatedAt = sql::toTime(q.value(4));
    return t;
}

StoreError refused(const QString& message, const QString& detail)
{
    return StoreError{StoreError::Kind::Constraint, message, detail};
}

} // namespace

StoreResult<StoredTemplate> TemplateStore::forRole(TemplateRole role)
{
    Q_ASSERT(role != TemplateRole::SavedReply);
    auto stored = rows::first<StoredTemplate>(
        readTemplate,
        m_db.exec(QStringLiteral("SELECT %1 FROM templates WHERE role = ? AND name = ?").arg(kColumns),
                  {toText(role), kActiveName}));
    if (!stored)
        return stored.error();
    if (stored->has_value())
        return *stored.value();
    StoredTemplate fallback;
    fallback.role = role;
    fallback.name = kActiveName;
    fallback.body = TemplateDefaults::body(role);
    fallback.isDefault = true;
    return fallback;
}

StoreResult<StoredTemplate> TemplateStore::saveForRole(TemplateRole role, const QString& body,
                                                       const QDateTime& now)
{
    if (role == TemplateRole::SavedReply) {
        return refused(QCoreApplication::translate("ringback::TemplateStore", "A saved reply needs a name."),
                       QStringLiteral("saveForRole(saved_reply)"));
    }
    return upsert(role, kActiveName, body, now);
}

StoreResult<QList<StoredTemplate>> TemplateStore::savedReplies()
{
    return rows::all<StoredTemplate>(
        readTemplate,
        m_db.exec(QStringLiteral("SELECT %1 FROM templates WHERE role = ? ORDER BY name, id").arg(kColumns),
                  {toText(TemplateRole::SavedReply)}));
}

StoreResult<StoredTemplate> TemplateStore::saveReply(const QString& name, const QString& body,
                                                     const QDateTime& now)
{
    if (name.trimmed().isEmpty()) {
        return refused(QCoreApplication::translate("ringback::TemplateStore", "Give the saved reply a name."),
                       QStringLiteral("empty saved reply name"));
    }
    return upsert(TemplateRole::SavedReply, name.trimmed(), body, now);
}

StoreResult<void> TemplateStore::removeReply(const QString& name)
{
    return rows::none(m_db.exec(QStringLiteral("DELETE FROM templates WHERE role = ? AND name = ?"),
                                {toText(TemplateRole::SavedReply), name.trimmed()}));
}

StoreResult<void> TemplateStore::restoreDefaults()
{
    return rows::none(m_db.exec(QStringLiteral("DELETE FROM templates WHERE role <> ?"),
                                {toText(TemplateRole::SavedReply)}));
}

StoreResult<void> TemplateStore::restoreDefault(TemplateRole role)
{
    return rows::none(m_db.exec(QStringLiteral("DELETE FROM templates WHERE role = ? AND name = ?"),
                                {toText(role), kActiveName}));
}

StoreResult<StoredTemplate> TemplateStore::upsert(TemplateRole role, const QString& name, const QString& body,
                                                  const QDateTime& now)
{
    if (body.trimmed().isEmpty()) {
        return refused(QCoreApplication::translate("ringback::TemplateStore",
                                                   "The message is empty. Write what the caller "
                                                   "should read, or restore the default."),
                       QStringLiteral("empty body for %1").arg(toText(role)));
    }
    const QList<TemplateError> errors = TemplateRenderer::check(body);
    if (!errors.isEmpty()) {
        QString message = errors.constFirst().message();
        if (errors.size() > 1) {
            // The count in a variable of its own: lupdate 6.4 hangs on "int(x - 1)" as a %n argument.
            const int more = int(errors.size()) - 1;
            message = QCoreApplication::translate("ringback::TemplateStore", "%1 (and %n more problem(s))",
                                                  nullptr, more)
                          .arg(message);
        }
        return refused(
            message,
            QStringLiteral("template %1/%2 has %3 error(s)").arg(toText(role), name).arg(errors.size()));
    }

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    auto written =
        m_db.exec(QStringLiteral("INSERT INTO templates (role, name, body, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (role, name) DO UPDATE SET body = excluded.body, "
                                 "updated_at = excluded.updated_at"),
                  {toText(role), name, body, sql::time(now)});
    if (!written)
        return written.error();
    auto saved = rows::first<StoredTemplate>(
        readTemplate,
        m_db.exec(QStringLiteral("SELECT %1 FROM templates WHERE role = ? AND name = ?").arg(kColumns),
                  {toText(role), name}));
    if (!saved)
        return saved.error();
    if (!saved->has_value()) {
        return StoreError{
            StoreError::Kind::NotFound,
            QCoreApplication::translate("ringback::TemplateStore", "The template was not saved. Try again."),
            QStringLiteral("template %1/%2 missing after upsert").arg(toText(role), name)};
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return *saved.value();
}

} // namespace ringback
