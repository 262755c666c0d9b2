#pragma once

#include <QListView>

namespace ringback::ui {

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

signals:
    // The "View photos" line of a caller's text was clicked.
    void photosRequested(qint64 messageId);

protected:
    void updateGeometries() override;

private:
    void onScrolled(int value);
    void onRangeChanged(int min, int max);
    void loadOlderKeepingPosition();

    ThreadModel* m_thread;
    bool m_atBottom = true;
    bool m_loading = false;
    int m_topGap = 0;
};

} // namespace ringback::ui
