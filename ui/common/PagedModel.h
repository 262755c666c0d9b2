#pragma once

#include "PagedRows.h"
#include "store/DeskConnection.h"

#include <QModelIndex>
#include <QPointer>
#include <QSet>

#include <functional>

namespace ringback::ui {

// A store-backed item model base (Base: QAbstractListModel or QAbstractTableModel): rows read a
// page at a time through canFetchMore/fetchMore, and re-read in one reset by refresh(). A
// subclass supplies the loader and its data()/headerData().
template <class Base, class Row>
class PagedModel : public Base
{
public:
    using Loader = typename PagedRows<Row>::Loader;
    // The loader for the question asked now, holding copies only (it runs on another thread).
    using ConnectionLoader = std::function<StoreResult<QList<Row>>(Database& db, int offset, int limit)>;

    PagedModel(Loader load, int pageSize, QObject* parent)
        : Base(parent)
        , m_rows(std::move(load), pageSize)
    {}

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows.size();
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && m_rows.canFetchMore() && !m_fetching;
    }
    // With a desk connection the next page is read on its thread and added when it arrives.
    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent))
            return;
        if (m_link && m_snapshot) {
            m_fetching = true;
            const int offset = m_rows.size();
            const int limit = m_rows.pageSize();
            m_link->read(
                this, [load = m_snapshot(), offset, limit](Database& db) { return load(db, offset, limit); },
                [this, offset, generation = m_generation](const StoreResult<QList<Row>>& page) {
                    m_fetching = false;
                    countRead(page);
                    if (generation != m_generation)
                        return; // another question: its first page is read by restart()
                    if (offset != m_rows.size()) {
                        // Another desk's row came or went meanwhile: ask from where the list is now.
                        fetchMore({});
                        return;
                    }
                    const QList<Row> rows = m_rows.fetched(page);
                    if (rows.isEmpty())
                        return;
                    this->beginInsertRows({}, m_rows.size(), m_rows.size() + int(rows.size()) - 1);
                    m_rows.append(rows);
                    this->endInsertRows();
                });
            return;
        }
        const QList<Row> page = m_rows.nextPage();
        m_rowsRead += int(page.size());
        if (page.isEmpty())
            return;
        this->beginInsertRows({}, m_rows.size(), m_rows.size() + int(page.size()) - 1);
        m_rows.append(page);
        this->endInsertRows();
    }

    // Re-reads the loaded rows (the worker stored something new). With a row key set and the same
    // rows in the same order, only dataChanged is sent: views keep selection, scroll and focus.
    void refresh()
    {
        if (m_link && m_snapshot) {
            // Read on the desk connection's thread; a restart() meanwhile makes the answer stale.
            const int keep = m_rows.reloadSize();
            m_link->read(
                this, [load = m_snapshot(), keep](Database& db) { return load(db, 0, keep); },
                [this, keep, generation = m_generation](const StoreResult<QList<Row>>& page) {
                    countRead(page);
                    if (generation == m_generation)
                        show(m_rows.reloaded(page, keep));
                });
            return;
        }
        const auto rows = m_rows.reload();
        m_rowsRead += rows ? int(rows->size()) : 0;
        show(rows);
    }
    // On a shared database: refresh() reads through the desk's connection thread instead of this
    // one; `snapshot` gives the loader for the current question. Fetching more and restart() (a
    // new filter or search, asked by the user) still read here.
    void setDeskConnection(DeskConnection* link, std::function<ConnectionLoader()> snapshot)
    {
        m_link = link;
        m_snapshot = std::move(snapshot);
    }

    // The rows whose group (a lead id) is among `ids`, that match the current question, in any
    // order; holding copies only (it runs on the desk connection's thread).
    using GroupLoader = std::function<StoreResult<QList<Row>>(Database& db, const QList<qint64>& ids)>;
    // What refreshRows() needs: the group a row belongs to (what a change notification names),
    // the loader of a few groups' rows, and the list's order (true when `a` is shown before `b`).
    void setChangedRows(std::function<qint64(const Row&)> groupOf, std::function<GroupLoader()> snapshot,
                        std::function<bool(const Row&, const Row&)> before)
    {
        m_groupOf = std::move(groupOf);
        m_groupSnapshot = std::move(snapshot);
        m_before = std::move(before);
    }
    // Another desk changed these groups (lead ids; 0 names none in particular): only their rows are
    // read again, on the desk connection's thread, and each changes in place, moves to where the
    // order puts it, appears or goes. Without a desk connection, or for 0, refresh().
    void refreshRows(const QSet<qint64>& ids)
    {
        if (ids.isEmpty())
            return;
        if (!m_link || !m_groupSnapshot || !m_key || ids.contains(0)) {
            refresh();
            return;
        }
        m_link->read(
            this, [load = m_groupSnapshot(), list = ids.values()](Database& db) { return load(db, list); },
            [this, ids, generation = m_generation](const StoreResult<QList<Row>>& fresh) {
                countRead(fresh);
                if (generation != m_generation || !fresh)
                    return;
                placeRows(ids, fresh.value());
            });
    }

private:
    void show(const std::optional<QList<Row>>& rows)
    {
        if (!rows)
            return;
        if (m_key && sameKeys(*rows)) {
            m_rows.replace(*rows);
            m_rows.resetDone();
            if (!rows->isEmpty()) {
                const int lastColumn = static_cast<const QAbstractItemModel*>(this)->columnCount() - 1;
                emit this->dataChanged(this->index(0, 0), this->index(int(rows->size()) - 1, lastColumn));
            }
            return;
        }
        this->beginResetModel();
        m_rows.replace(*rows);
        this->endResetModel();
        m_rows.resetDone();
    }

public:
    // Reads the list again from its first page (the question changed: another filter or search).
    // On a store error the list is left empty and lastError() says why.
    void restart()
    {
        ++m_generation;
        const auto rows = m_rows.reload(true);
        m_rowsRead += rows ? int(rows->size()) : 0;
        this->beginResetModel();
        m_rows.replace(rows.value_or(QList<Row>()));
        this->endResetModel();
        m_rows.resetDone();
    }
    QString lastError() const { return m_rows.lastError(); }
    // How many rows the store has handed this model so far, every read counted (tests and
    // benchmarks compare it before and after a change).
    int rowsRead() const { return m_rowsRead; }

protected:
    const Row& rowAt(int row) const { return m_rows.rows().at(row); }
    // What identifies a row across refreshes (a lead id, a call id).
    void setRowKey(std::function<qint64(const Row&)> key) { m_key = std::move(key); }

private:
    void placeRows(const QSet<qint64>& ids, const QList<Row>& fresh)
    {
        QSet<qint64> freshKeys;
        for (const Row& row : fresh)
            freshKeys.insert(m_key(row));
        // Deleted, or no longer matching the filter or search.
        for (int i = m_rows.size() - 1; i >= 0; --i) {
            const Row& loaded = m_rows.rows().at(i);
            if (ids.contains(m_groupOf(loaded)) && !freshKeys.contains(m_key(loaded))) {
                this->beginRemoveRows({}, i, i);
                m_rows.remove(i);
                this->endRemoveRows();
            }
        }
        for (const Row& row : fresh)
            place(row);
    }
    void place(const Row& row)
    {
        const QList<Row>& rows = m_rows.rows();
        const int count = int(rows.size());
        int from = -1;
        int to = 0; // where it goes among the other loaded rows
        for (int i = 0; i < count; ++i) {
            if (m_key(rows.at(i)) == m_key(row))
                from = i;
            else if (m_before(rows.at(i), row))
                ++to;
        }
        const int others = from < 0 ? count : count - 1;
        // Past the last loaded row while more are to be read: it comes with that page.
        const bool later = to == others && m_rows.canFetchMore();
        if (from < 0) {
            if (later)
                return;
            this->beginInsertRows({}, to, to);
            m_rows.insert(to, row);
            this->endInsertRows();
            return;
        }
        if (later && from != to) {
            this->beginRemoveRows({}, from, from);
            m_rows.remove(from);
            this->endRemoveRows();
            return;
        }
        if (from != to) {
            // beginMoveRows counts the destination before the move.
            this->beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
            m_rows.move(from, to);
            this->endMoveRows();
        }
        m_rows.set(to, row);
        const int lastColumn = static_cast<const QAbstractItemModel*>(this)->columnCount() - 1;
        emit this->dataChanged(this->index(to, 0), this->index(to, lastColumn));
    }
    void countRead(const StoreResult<QList<Row>>& page)
    {
        if (page)
            m_rowsRead += int(page->size());
    }
    bool sameKeys(const QList<Row>& fresh) const
    {
        const QList<Row>& loaded = m_rows.rows();
        if (fresh.size() != loaded.size())
            return false;
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (m_key(fresh.at(i)) != m_key(loaded.at(i)))
                return false;
        }
        return true;
    }

    PagedRows<Row> m_rows;
    std::function<qint64(const Row&)> m_key;
    QPointer<DeskConnection> m_link;
    std::function<ConnectionLoader()> m_snapshot;
    std::function<qint64(const Row&)> m_groupOf;
    std::function<GroupLoader()> m_groupSnapshot;
    std::function<bool(const Row&, const Row&)> m_before;
    quint64 m_generation = 0;
    int m_rowsRead = 0;
    bool m_fetching = false; // a page asked on the desk connection has not arrived yet
};

} // namespace ringback::ui
