#include "Confirmation.h"

#include "common/OutsideText.h"

#include <QMessageBox>
#include <QPushButton>

namespace ringback::ui {

bool Confirmation::ask(QWidget* parent, const QString& title, const QString& question, const QString& yesText)
{
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText); // questions can name a caller
    QPushButton* yes = box.addButton(yesText, QMessageBox::AcceptRole);
    QPushButton* no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace ringback::ui
