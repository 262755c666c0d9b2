#pragma once

#include <QWidget>

class QTableView;

namespace ringback::ui {

class CallLogModel;

// The call log with what Ringback did about each call.
class CallsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CallsPage(CallLogModel* model, QWidget* parent = nullptr);
    QTableView* view() const { return m_view; }
    // A line above the log (the provider records set aside); the page takes it.
    void addNotice(QWidget* notice);

private:
    QTableView* m_view;
};

} // namespace ringback::ui
