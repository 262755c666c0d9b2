#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace ringback::soak {

// One record of a Twilio list (a call or a message), serialized once as it will be served.
struct LogRecord
{
    QByteArray json; // one element of the page's list
    QString to;
    QString from;
    QString parentSid;
    QDate day; // the day EndTime> / DateSent> compare with; invalid: excluded by a date filter
};

// A call log or a message log as Twilio lists it: newest first, filtered by To / From /
// ParentCallSid and a day ("EndTime>=YYYY-MM-DD"), in pages with a cursor that stays valid while
// newer records arrive (they go in front of the first page, never shift the ones after a cursor).
class FakeTwilioLog
{
public:
    struct Filter
    {
        QString to;
        QString from;
        QString parentSid;
        QDate onOrAfter;
    };
    struct Page
    {
        QList<const LogRecord*> items;
        int nextCursor = -1; // -1: this was the last page
    };

    void append(LogRecord record);
    // cursor -1: the first page; else the nextCursor of the previous page.
    Page page(const Filter& filter, int cursor, int size) const;
    int size() const { return int(m_records.size()); }

private:
    bool matches(const LogRecord& r, const Filter& f) const;

    QList<LogRecord> m_records;
    QHash<QString, QList<int>> m_byTo;
    QHash<QString, QList<int>> m_byFrom;
    QHash<QString, QList<int>> m_byParent;
};

} // namespace ringback::soak
