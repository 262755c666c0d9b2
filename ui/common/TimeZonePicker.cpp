#include "TimeZonePicker.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace ringback::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;

// Matches what is typed against every name of a zone (its search text), folded as the catalog
// folds it, and puts the zone's shown name in the field when one is picked.
class ZoneCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QStringList splitPath(const QString& path) const override { return {TimeZoneCatalog::folded(path)}; }
    QString pathFromIndex(const QModelIndex& index) const override
    {
        return index.data(Qt::DisplayRole).toString();
    }
};

} // namespace

TimeZonePicker::TimeZonePicker(const QString& regionCode, QWidget* parent)
    : QComboBox(parent)
    , m_catalog(regionCode)
    , m_model(new QStandardItemModel(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(30);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMaxVisibleItems(16);
    setModel(m_model);
    auto* completer = new ZoneCompleter(m_model, this);
    completer->setCompletionRole(kSearchRole);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("Type a city, e.g. Chicago"));
    fill();
    showZone(m_catalog.systemZoneId());
    connect(this, &QComboBox::currentTextChanged, this, &TimeZonePicker::onTextChanged);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &TimeZonePicker::commit);
}

void TimeZonePicker::fill()
{
    const QSignalBlocker block(this);
    m_model->clear();
    for (const TimeZoneEntry& e : m_catalog.entries()) {
        auto* item = new QStandardItem(e.name);
        item->setData(e.id, kIdRole);
        item->setData(e.searchText, kSearchRole);
        item->setToolTip(QString::fromLatin1(e.id));
        item->setEditable(false);
        m_model->appendRow(item);
    }
    // The business's country, then the rest of the world.
    if (m_catalog.regionZoneCount() > 0 && m_catalog.regionZoneCount() < m_catalog.entries().size())
        insertSeparator(m_catalog.regionZoneCount());
}

void TimeZonePicker::showZone(const QByteArray& id)
{
    const int row = findData(id, kIdRole);
    {
        const QSignalBlocker block(this);
        setCurrentIndex(row);
        if (row >= 0 && lineEdit()->text() != itemText(row))
            setEditText(itemText(row));
    }
    if (id != m_zone) {
        m_zone = id;
        setToolTip(QString::fromLatin1(m_zone)); // the IANA id, for whoever knows it
        emit zoneChanged(m_zone);
    }
    emit currentTextChanged(currentText());
}

void TimeZonePicker::setZoneId(const QByteArray& id)
{
    QByteArray listed = m_catalog.canonicalId(id);
    if (listed.isEmpty())
        listed = m_zone.isEmpty() ? m_catalog.systemZoneId() : m_zone;
    showZone(listed);
}

void TimeZonePicker::setRegion(const QString& regionCode)
{
    if (regionCode.trimmed().toUpper() == m_catalog.regionCode())
        return;
    const QString typed = currentText();
    const bool showingZone = typed == currentEntry().name;
    m_catalog = TimeZoneCatalog(regionCode);
    fill();
    const QSignalBlocker block(this);
    const int row = findData(m_zone, kIdRole);
    setCurrentIndex(row);
    setEditText(showingZone && row >= 0 ? itemText(row) : typed);
}

const TimeZoneEntry& TimeZonePicker::currentEntry() const
{
    if (const TimeZoneEntry* e = m_catalog.entry(m_zone))
        return *e;
    static const TimeZoneEntry none;
    return m_catalog.entries().isEmpty() ? none : m_catalog.entries().first();
}

QByteArray TimeZonePicker::namedBy(const QString& text) const
{
    // The item picked from the list (two zones could share a name).
    if (const int row = currentIndex(); row >= 0 && itemText(row) == text)
        return itemData(row, kIdRole).toByteArray();
    return m_catalog.zoneFor(text);
}

void TimeZonePicker::onTextChanged(const QString& text)
{
    const QByteArray named = namedBy(text);
    if (!named.isEmpty() && named != m_zone) {
        m_zone = named;
        setToolTip(QString::fromLatin1(m_zone)); // the IANA id, for whoever knows it
        emit zoneChanged(m_zone);
    }
}

void TimeZonePicker::commit()
{
    const QByteArray named = namedBy(currentText());
    if (!named.isEmpty() && currentText() != currentEntry().name)
        showZone(named);
}

QString TimeZonePicker::problem() const
{
    const QString text = currentText().trimmed();
    if (!namedBy(text).isEmpty())
        return {};
    const QString kept = currentEntry().name;
    if (text.isEmpty())
        return tr("Pick the time zone the business is in: type part of a city's name, e.g. Chicago. Until "
                  "then the hours stay in %1.")
            .arg(kept);
    if (m_catalog.search(text).size() > 1)
        return tr("\"%1\" fits several time zones: type the city and pick it from the list. Until then the "
                  "hours stay in %2.")
            .arg(text, kept);
    return tr("\"%1\" is not a time zone: type part of a city's name and pick it from the list. Until then "
              "the hours stay in %2.")
        .arg(text, kept);
}

} // namespace ringback::ui
