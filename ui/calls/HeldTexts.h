#pragma once

#include "domain/OutboxItem.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QPointer>
#include <QPushButton>

class QLabel;
class QTableView;

namespace ringback {
class Clock;
class Database;
class DeskConnection;
} // namespace ringback

namespace ringback::ui {

// The automatic texts held for a person's approval (more missed callers in an hour than the
// office's limit allows, DESIGN §3): whom each would go to, since when it waits, what it says.
class HeldTextsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Caller, Waiting, Text, ColumnCount };
    enum Role { OutboxIdRole = Qt::UserRole + 1 };

    HeldTextsModel(Database& db, const Clock& clock, QObject* parent = nullptr);

    void refresh();
    qint64 outboxId(int row) const { return m_rows.value(row).item.id; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        OutboxItem item;
        QString who; // the lead's name, else the number
    };
    Database& m_db;
    const Clock& m_clock;
    QList<Row> m_rows;
};

// Where a person approves or declines them: send the selected or all, or do not send.
class HeldTextsDialog : public QDialog
{
    Q_OBJECT
public:
    HeldTextsDialog(Database& db, const Clock& clock, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    HeldTextsModel* model() const { return m_model; }
    QPushButton* sendSelectedButton() const { return m_sendSelected; }
    QPushButton* sendAllButton() const { return m_sendAll; }
    QPushButton* discardButton() const { return m_discard; }
    // Who works at this desk (Settings): each text sent or not sent is noted on its lead's history
    // as theirs.
    void setDeskPerson(const QString& name) { m_deskPerson = name.trimmed(); }

signals:
    // Texts were approved (the worker should send now) or declined.
    void answered();

private:
    void answer(const QList<qint64>& ids, bool send);
    QList<qint64> selectedIds() const;
    void updateButtons();

    Database& m_db;
    const Clock& m_clock;
    HeldTextsModel* m_model;
    QTableView* m_view;
    QLabel* m_problem;
    QPushButton* m_sendSelected;
    QPushButton* m_sendAll;
    QPushButton* m_discard;
    QString m_deskPerson;
};

// In the status bar, on every page: "Texts waiting for your approval: 3", hidden when none; a click
// opens the dialog.
class HeldTextsNotice : public QPushButton
{
    Q_OBJECT
public:
    HeldTextsNotice(Database& db, const Clock& clock, QWidget* parent = nullptr);

    void refresh();
    // On a shared database: refresh() counts on the desk connection's thread.
    void setDeskConnection(DeskConnection* link);
    qint64 count() const { return m_count; }
    // The dialog (to be shown); emits answered() when someone approves or declines.
    HeldTextsDialog* openDialog();
    // Who works at this desk: the dialogs it opens note answers as theirs.
    void setDeskPerson(const QString& name) { m_deskPerson = name.trimmed(); }

signals:
    void answered();

private:
    void showCount(qint64 count);

    Database& m_db;
    const Clock& m_clock;
    QPointer<DeskConnection> m_link;
    qint64 m_count = 0;
    QString m_deskPerson;
};

} // namespace ringback::ui
