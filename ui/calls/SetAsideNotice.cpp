#include "SetAsideNotice.h"

#include "store/DeskConnection.h"

#include <QLocale>

namespace ringback::ui {

namespace {

qint64 total(const QList<SetAsideStore::Count>& counts)
{
    qint64 n = 0;
    for (const SetAsideStore::Count& c : counts)
        n += c.records;
    return n;
}

QStringList reasonLines(const QList<SetAsideStore::Count>& counts)
{
    QStringList lines;
    for (const SetAsideStore::Count& c : counts)
        lines << SetAsideNotice::tr("• %1 (%n record(s))", nullptr, int(c.records))
                     .arg(SetAsideRecord::reasonText(c.reason));
    return lines;
}

} // namespace

SetAsideNotice::SetAsideNotice(Database& db, QWidget* parent)
    : QLabel(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("setAsideNotice"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    refresh();
}

void SetAsideNotice::setDeskConnection(DeskConnection* link)
{
    m_link = link;
}

void SetAsideNotice::refresh()
{
    const auto read = [](Database& db) {
        SetAsideStore store(db);
        const auto calls = store.countsByReason(RecordKind::Call);
        const auto messages = store.countsByReason(RecordKind::Message);
        return calls && messages ? sentence(calls.value(), messages.value()) : QString();
    };
    if (m_link) {
        m_link->read(this, read, [this](const QString& text) { showSentence(text); });
        return;
    }
    showSentence(read(m_db));
}

void SetAsideNotice::showSentence(const QString& text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

QString SetAsideNotice::sentence(const QList<SetAsideStore::Count>& calls,
                                 const QList<SetAsideStore::Count>& messages)
{
    QStringList lines;
    if (const qint64 n = total(calls); n > 0) {
        lines << tr("%n call record(s) from the provider could not be read — set aside.", nullptr, int(n));
        lines += reasonLines(calls);
    }
    if (const qint64 n = total(messages); n > 0) {
        lines << tr("%n text message record(s) from the provider could not be read — set aside.", nullptr,
                    int(n));
        lines += reasonLines(messages);
    }
    if (lines.isEmpty())
        return {};
    lines << tr("Every other call and text was handled as usual. If this keeps happening, tell your phone "
                "provider's support.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace ringback::ui
