#pragma once

#include "domain/Lead.h"

#include <QListView>

namespace ringback::ui {

class LeadColumnModel;

// One column's list of cards. Besides dragging, a card moves by keyboard (Ctrl+Left/Right) or by
// its context menu; Enter or a double-click opens it; Left/Right go to the next column. The view
// keeps its scroll position when the worker refreshes the column.
class LeadColumnView : public QListView
{
    Q_OBJECT
public:
    explicit LeadColumnView(LeadColumnModel* model, QWidget* parent = nullptr);

    LeadColumnModel* columnModel() const { return m_model; }
    qint64 currentLeadId() const;
    // Selects the lead's card, reading up to `extraPages` more pages when it is not loaded yet
    // (a card moved into a long column lands where its last activity sorts it).
    bool selectLead(qint64 leadId, int extraPages = 0);

signals:
    // The card is named by the lead and the revision it shows, so a refresh while the context
    // menu is open changes nothing about which lead moves (and a stale one is a conflict).
    void stepRequested(qint64 leadId, qint64 revision, int direction); // -1 left, +1 right
    void moveToRequested(qint64 leadId, qint64 revision, ringback::LeadStatus to);
    void openRequested(qint64 leadId);
    void focusNeighbourRequested(int direction);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void describeKeys(); // for Help > Keyboard shortcuts
    void contextMenuEvent(QContextMenuEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void applyColumnBackground();

    LeadColumnModel* m_model;
    int m_scrollBeforeReset = 0;
    bool m_dropTarget = false; // a card from another column is being dragged over this one
};

} // namespace ringback::ui
