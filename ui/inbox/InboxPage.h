#pragma once

#include <QWidget>

class QLabel;

namespace ringback::ui {

// The shared inbox. Until conversations exist it explains what will appear here, so a new office
// is never looking at a blank pane.
class InboxPage : public QWidget
{
    Q_OBJECT
public:
    explicit InboxPage(QWidget* parent = nullptr);

private:
    QLabel* m_emptyTitle;
    QLabel* m_emptyHint;
};

} // namespace ringback::ui
