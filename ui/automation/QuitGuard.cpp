#include "QuitGuard.h"

#include "common/Clock.h"
#include "tray/TrayIcon.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>
#ifndef QT_NO_SESSIONMANAGER
#include <QSessionManager>
#endif

namespace ringback::ui {

QuitGuard::QuitGuard(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_clock(&SystemClock::instance())
{
    setObjectName(QStringLiteral("quitGuard"));
    // Installed after the tray's filter, so it sees a close first; it acts only when closing quits.
    window->installEventFilter(this);
#ifndef QT_NO_SESSIONMANAGER
    // Logging out: the session manager asks before it ends the app, and may let us cancel.
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::commitDataRequest, this, [this](QSessionManager& manager) {
            if (!manager.allowsInteraction())
                return;
            const bool quit = confirmQuit();
            manager.release();
            if (!quit)
                manager.cancel();
        });
    }
#endif
}

void QuitGuard::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &SystemClock::instance();
}

void QuitGuard::setPresence(const SenderPresence& presence)
{
    if (presence.known())
        m_presence = presence;
}

bool QuitGuard::confirmQuit()
{
    if (m_quitConfirmed)
        return true;
    if (!m_presence.quittingLeavesNobody(m_clock->nowUtc())) {
        m_quitConfirmed = true;
        return true;
    }
    ++m_asked;
    const bool tray = m_tray && m_tray->isVisible();
    QMessageBox box(QMessageBox::Warning, tr("Ringback"), tr("Nobody will text callers tonight if you quit."),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("quitWarning"));
    box.setInformativeText(
        tr("This is the only Ringback texting missed callers back, and the office is closed or closes "
           "within the hour. An always-on worker on a machine that stays on keeps texting when every desk "
           "is off."));
    QPushButton* keep = box.addButton(tray ? tr("Keep Ringback in the tray") : tr("Keep Ringback running"),
                                      QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunning"));
    QPushButton* quit = box.addButton(tr("Quit anyway"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitAnyway"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == quit) {
        m_quitConfirmed = true;
        return true;
    }
    keepRunning();
    return false;
}

void QuitGuard::keepRunning()
{
    if (!m_window)
        return;
    if (m_tray && m_tray->isVisible())
        m_window->hide();
    else
        m_window->showMinimized();
}

bool QuitGuard::closingQuits() const
{
    // With a tray, closing the window only hides it (TrayIcon); without one, it quits.
    return !(m_tray && m_tray->isVisible());
}

bool QuitGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Close && closingQuits() && !confirmQuit()) {
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ringback::ui
