#pragma once

#include "hours/TimeZoneCatalog.h"

#include <QByteArray>
#include <QComboBox>

class QStandardItemModel;

namespace ringback::ui {

// The business's time zone, as an owner picks it: type part of a city's or zone's name ("chicago",
// "central", "los angeles"; any case, accents or not) and pick from the list, or open the list (the
// business's country first, by everyday names: "Central - Chicago"). Used by the setup wizard and
// by Templates > Business hours.
// zoneId() is always a zone this computer knows: the one the text names, or, while the text names
// none ("Central" fits several), the last one it named; problem() then says why in a sentence for
// the page to show, and the page refuses to save.
class TimeZonePicker : public QComboBox
{
    Q_OBJECT
public:
    // regionCode: the business's country, as setRegion.
    explicit TimeZonePicker(const QString& regionCode = QString(), QWidget* parent = nullptr);

    QByteArray zoneId() const { return m_zone; }
    // An alias ("US/Central", "Etc/UTC") shows as the listed zone that keeps its clock; an id that
    // is no zone at all leaves this computer's zone.
    void setZoneId(const QByteArray& id);
    // The business's country ("US", "FR"): its zones come first. Keeps the zone and what is typed.
    void setRegion(const QString& regionCode);
    QString region() const { return m_catalog.regionCode(); }

    // The listed zone shown (its names and city); never null.
    const TimeZoneEntry& currentEntry() const;
    // Empty when the text names one zone; else what is wrong and which zone is kept meanwhile.
    QString problem() const;
    const TimeZoneCatalog& catalog() const { return m_catalog; }

signals:
    void zoneChanged(const QByteArray& zoneId);

private:
    void fill();
    void showZone(const QByteArray& id);
    void onTextChanged(const QString& text);
    // Editing ended: text that names a zone is replaced by that zone's name.
    void commit();
    QByteArray namedBy(const QString& text) const;

    TimeZoneCatalog m_catalog;
    QStandardItemModel* m_model;
    QByteArray m_zone;
};

} // namespace ringback::ui
