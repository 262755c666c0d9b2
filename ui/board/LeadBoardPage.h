#pragma once

#include "domain/Lead.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QFrame;
class QScrollArea;

namespace ringback::ui {

class LeadBoard;
class LeadColumnView;

// The Leads board: a column of cards per status, side by side, with each column's count and the
// sum of its estimates in its header. One card is selected across the board; it stays selected
// (and follows its lead to another column) when the board refreshes.
class LeadBoardPage : public QWidget
{
    Q_OBJECT
public:
    explicit LeadBoardPage(LeadBoard* board, QWidget* parent = nullptr);

    LeadColumnView* columnView(LeadStatus status) const { return m_views.value(status); }
    qint64 selectedLeadId() const { return m_selectedLeadId; }
    bool selectLead(qint64 leadId);
    // The sentence shown when a move could not be saved; empty when none is shown.
    QString problemText() const;

signals:
    void openLeadRequested(qint64 leadId);

private:
    QWidget* createColumn(LeadStatus status);
    void updateHeaders();
    void restoreSelection();
    // Selects the lead's card in the column it is in now (and only there); false when not shown.
    bool showLead(qint64 leadId, bool focus);
    void step(LeadStatus from, qint64 leadId, qint64 revision, int direction);
    void focusNeighbour(LeadStatus from, int direction);
    void showProblem(const QString& sentence);

    LeadBoard* m_board;
    void focusView(LeadColumnView* view);

    QScrollArea* m_scroll = nullptr;
    QMap<LeadStatus, LeadColumnView*> m_views;
    QMap<LeadStatus, QLabel*> m_countLabels;
    QMap<LeadStatus, QLabel*> m_valueLabels;
    QFrame* m_problemBar;
    QLabel* m_problem;
    qint64 m_selectedLeadId = 0;
    bool m_restoring = false;
};

} // namespace ringback::ui
