#pragma once

#include <QListView>

namespace ringback::ui {

class ThreadDelegate;
class ThreadModel;

// The conversation's list of bubbles. Opens at the newest text, stays there while new texts
// arrive (unless the user scrolled up to read), and reads older pages when scrolled to the top,
// keeping what the user is looking at in place.
class ThreadView : public QListView
{
    Q_OBJECT
public:
    explicit ThreadView(ThreadModel* model, QWidget* parent = nullptr);

    void scrollToNewest();
    bool isAtNewest() const { return m_atBottom; }
    // Where a scheduled text's Edit or Cancel is drawn, in viewport coordinates (empty: none).
    QRect linkRect(const QModelIndex& index, bool edit) const;

signals:
    // A scheduled text's Edit or Cancel was clicked.
    void editScheduledRequested(qint64 outboxId);
    void cancelScheduledRequested(qint64 outboxId);
    // The "View photos" line of a caller's text was clicked.
    void photosRequested(qint64 messageId);

protected:
    void updateGeometries() override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    void onScrolled(int value);
    void onRangeChanged(int min, int max);
    void loadOlderKeepingPosition();

    ThreadModel* m_thread;
    ThreadDelegate* m_delegate;
    bool m_atBottom = true;
    bool m_loading = false;
    int m_topGap = 0;
};

} // namespace ringback::ui
