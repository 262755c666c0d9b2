#pragma once

#include "store/StoreError.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ringback::ui {

// The rows an item model has read from the store so far, a page at a time (for canFetchMore /
// fetchMore), and re-read in one go when the store says something changed. The model keeps the
// begin/end signalling; this keeps the paging arithmetic and the last error.
template <class Row>
class PagedRows
{
public:
    using Loader = std::function<StoreResult<QList<Row>>(int offset, int limit)>;

    PagedRows(Loader load, int pageSize)
        : m_load(std::move(load))
        , m_pageSize(pageSize)
    {}

    const QList<Row>& rows() const { return m_rows; }
    int size() const { return int(m_rows.size()); }
    bool canFetchMore() const { return m_more && !m_resetting; }
    QString lastError() const { return m_lastError; }

    // The next page (empty at the end or on error); add it with append() between the model's
    // beginInsertRows and endInsertRows.
    QList<Row> nextPage()
    {
        auto page = m_load(size(), m_pageSize);
        if (!page) {
            m_lastError = page.error().message;
            m_more = false;
            return {};
        }
        m_more = page->size() == m_pageSize;
        return page.value();
    }
    void append(const QList<Row>& page) { m_rows += page; }
    int pageSize() const { return m_pageSize; }
    // nextPage()'s page read elsewhere (on the desk connection's thread).
    QList<Row> fetched(const StoreResult<QList<Row>>& page)
    {
        if (!page) {
            m_lastError = page.error().message;
            m_more = false;
            return {};
        }
        m_more = page->size() == m_pageSize;
        return page.value();
    }
    // One row changed in place, gone, new or moved (another desk's change read alone); the model
    // signals each around it.
    void set(int row, const Row& value) { m_rows[row] = value; }
    void remove(int row) { m_rows.removeAt(row); }
    void insert(int row, const Row& value) { m_rows.insert(row, value); }
    void move(int from, int to) { m_rows.move(from, to); }

    // Re-reads as many rows as are loaded (at least a page; only the first page fromTop); nothing
    // on error. Apply with replace() between beginResetModel and endResetModel, then resetDone().
    std::optional<QList<Row>> reload(bool fromTop = false)
    {
        const int keep = fromTop ? m_pageSize : qMax(size(), m_pageSize);
        auto page = m_load(0, keep);
        if (!page) {
            m_lastError = page.error().message;
            return std::nullopt;
        }
        m_reloadedFull = page->size() == keep;
        return page.value();
    }
    // reload()'s rows read elsewhere (on the desk connection's thread) for `keep` rows.
    std::optional<QList<Row>> reloaded(const StoreResult<QList<Row>>& page, int keep)
    {
        if (!page) {
            m_lastError = page.error().message;
            return std::nullopt;
        }
        m_reloadedFull = page->size() == keep;
        return page.value();
    }
    int reloadSize() const { return qMax(size(), m_pageSize); }
    // No fetching while a reset is being announced: views (and QAbstractItemModelTester) ask for
    // more on modelReset, which must wait until the reset is complete.
    void replace(const QList<Row>& rows)
    {
        m_rows = rows;
        m_resetting = true;
    }
    void resetDone()
    {
        m_resetting = false;
        m_more = m_reloadedFull;
    }

private:
    Loader m_load;
    int m_pageSize;
    QList<Row> m_rows;
    bool m_more = true;
    bool m_reloadedFull = false;
    bool m_resetting = false;
    QString m_lastError;
};

} // namespace ringback::ui
