#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace ringback::ui {

// A yes/no question in a modal box, with a seam for tests (KeePassXC's MessageBox::setNextAnswer):
// a test sets the next answer and no box is shown.
class Confirmation
{
public:
    // True when the user chose `yesText`; Escape and closing the box mean no.
    static bool ask(QWidget* parent, const QString& title, const QString& question, const QString& yesText);

    static void setNextAnswer(bool yes) { s_nextAnswer = yes; }

private:
    static inline std::optional<bool> s_nextAnswer;
};

} // namespace ringback::ui
