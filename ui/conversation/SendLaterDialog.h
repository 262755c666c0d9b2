#pragma once

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTimeEdit;

namespace ringback::ui {

// Send later at a chosen moment, and Edit of a text already scheduled: a date and a time in the
// business's time zone (whatever the zone of the computer), and for Edit the words too. OK stays
// off while the moment is not in the future (or the words are empty). Opened with open(), never
// exec(): the window goes on while it is shown, and tests answer it like a user.
class SendLaterDialog : public QDialog
{
    Q_OBJECT
public:
    // `initial` and `now` are instants; the pickers show them in `zone`. A non-empty `body` shows
    // the words to edit (Edit); without it only the moment is asked (Send later).
    SendLaterDialog(const QTimeZone& zone, const QDateTime& initial, const QDateTime& now,
                    const QString& body = QString(), QWidget* parent = nullptr);

    // The moment chosen, as an instant (wallclock::toUtc: a time a clock change skips is the first
    // moment after it).
    QDateTime moment() const;
    QString body() const;

    QDateEdit* dateEdit() const { return m_date; }
    QTimeEdit* timeEdit() const { return m_time; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QLabel* problemLabel() const { return m_problem; }

private:
    void check();

    QTimeZone m_zone;
    QDateTime m_now;
    QPlainTextEdit* m_body = nullptr;
    QDateEdit* m_date;
    QTimeEdit* m_time;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace ringback::ui
