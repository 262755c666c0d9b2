#pragma once

#include <QWidget>

#include <functional>

class QMenu;
class QTableView;
class QTimer;

namespace ringback::ui {

class CallLogModel;

// The call log with what Ringback did about each call. Each call leads somewhere: Enter or a
// double-click opens the caller's conversation, the context menu calls back or blocks.
class CallsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CallsPage(CallLogModel* model, QWidget* parent = nullptr);
    QTableView* view() const { return m_view; }
    // A line above the log (the provider records set aside); the page takes it.
    void addNotice(QWidget* notice);
    // The actions for the call in `row` (Call back, Open conversation, Block), as the context
    // menu shows them; the caller owns the menu.
    QMenu* menuForRow(int row, QWidget* parent);

    // Says whether staff blocked a number, for the menu to offer Block or its undo.
    void setBlockedCheck(std::function<bool(const QString& number)> isBlocked);

    // How often calls still in progress are read again (tests shorten it).
    void setInProgressRefreshMs(int ms);

signals:
    void conversationRequested(const QString& number);
    void blockRequested(const QString& number);
    void unblockRequested(const QString& number);

private:
    void openRow(int row);

    CallLogModel* m_model;
    QTableView* m_view;
    QTimer* m_inProgress;
    std::function<bool(const QString&)> m_isBlocked;
};

} // namespace ringback::ui
