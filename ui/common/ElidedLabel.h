#pragma once

#include <QLabel>

namespace ringback::ui {

// A one-line plain-text label that gives way when its row is short of room: it shows as much of
// its text as fits, ending with "…", and the whole text in its tooltip. (A QLabel asks for its
// whole text's width and, denied it, is cut mid-word under its neighbours.)
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_full; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showFitting();

    QString m_full;
};

} // namespace ringback::ui
