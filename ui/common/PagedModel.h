#pragma once

#include "PagedRows.h"
#include "store/DeskConnection.h"

#include <QModelIndex>
#include <QPointer>

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
        return !parent.isValid() && m_rows.canFetchMore();
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent))
            return;
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
    quint64 m_generation = 0;
    int m_rowsRead = 0;
};

} // namespace ringback::ui
