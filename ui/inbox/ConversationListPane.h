#pragma once

#include "store/ConversationStore.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;

namespace ringback::ui {

class ConversationListModel;

// The inbox's left side: a search field, the filter row (Needs reply / Open / Unread / Mine /
// Done / Opted out) and the conversations. When the worker stores something the list is re-read without
// losing the selected conversation or the scroll position. Where a filter or search leaves
// nothing, it says why instead of showing a blank pane.
class ConversationListPane : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationListPane(QWidget* parent = nullptr);

    void setModel(ConversationListModel* model);
    QListView* list() const { return m_list; }
    QLineEdit* searchField() const { return m_search; }
    // Who sits at this desk (for "Mine"); empty: nobody set, and "Mine" explains how to set it.
    void setDeskStaffName(const QString& name);
    // Selects a conversation if it is in the list (e.g. opened from a notification).
    bool selectLead(qint64 leadId);
    qint64 selectedLead() const { return m_currentLead; }

    static QString filterName(ConversationFilter filter);

signals:
    // The conversation picked in the list (0: none). Not sent when a refresh merely re-selects it.
    void conversationSelected(qint64 leadId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addFilterButton(ConversationFilter filter, const QString& accessibleName);
    void applyFilter(ConversationFilter filter);
    void rememberPosition();
    void restorePosition();
    void onCurrentChanged();
    void showListOrEmptyState();
    void moveCurrent(int delta);

    QLineEdit* m_search;
    QButtonGroup* m_filters;
    QStackedWidget* m_stack;
    QWidget* m_empty;
    QListView* m_list;
    QLabel* m_emptyTitle;
    QLabel* m_emptyHint;
    QTimer* m_searchDelay;
    ConversationListModel* m_model = nullptr;
    QString m_deskStaffName;
    qint64 m_currentLead = 0;
    qint64 m_leadBeforeReset = 0;
    int m_scrollBeforeReset = 0;
    bool m_restoring = false;
};

} // namespace ringback::ui
