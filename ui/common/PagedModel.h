#pragma once

#include "PagedRows.h"

#include <QModelIndex>

namespace ringback::ui {

// A store-backed item model base (Base: QAbstractListModel or QAbstractTableModel): rows read a
// page at a time through canFetchMore/fetchMore, and re-read in one reset by refresh(). A
// subclass supplies the loader and its data()/headerData().
template <class Base, class Row>
class PagedModel : public Base
{
public:
    using Loader = typename PagedRows<Row>::Loader;

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
        if (page.isEmpty())
            return;
        this->beginInsertRows({}, m_rows.size(), m_rows.size() + int(page.size()) - 1);
        m_rows.append(page);
        this->endInsertRows();
    }

    // Re-reads the loaded rows (the worker stored something new).
    void refresh()
    {
        const auto rows = m_rows.reload();
        if (!rows)
            return;
        this->beginResetModel();
        m_rows.replace(*rows);
        this->endResetModel();
        m_rows.resetDone();
    }
    QString lastError() const { return m_rows.lastError(); }

protected:
    const Row& rowAt(int row) const { return m_rows.rows().at(row); }

private:
    PagedRows<Row> m_rows;
};

} // namespace ringback::ui
