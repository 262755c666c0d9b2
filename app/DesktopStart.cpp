#include "DesktopStart.h"

#include "AppSetup.h"
#include "CommandLineOptions.h"
#include "DesktopSession.h"
#include "settings/CredentialStore.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"

#include <QPointer>

namespace ringback::app {

DesktopStart::DesktopStart(const CommandLineOptions& options, std::unique_ptr<CredentialStore> credentials,
                           QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_credentials(std::move(credentials))
{}

DesktopStart::~DesktopStart()
{
    m_session.reset(); // before the database it reads
    m_db.reset();
}

void DesktopStart::start()
{
    QPointer<DesktopStart> self(this);
    resolveDatabase(m_options, *m_credentials, [self](Result<DatabaseLocation, QString> location) {
        if (self)
            self->openDatabase(std::move(location));
    });
}

void DesktopStart::openDatabase(Result<DatabaseLocation, QString> location)
{
    if (!location) {
        emit failed(location.error());
        return;
    }
    auto opened = Database::open(location.value(), QStringLiteral("ui"));
    if (!opened) {
        emit failed(opened.error().message);
        return;
    }
    m_db = std::move(opened).value();
    m_session = std::make_unique<DesktopSession>(*m_db, regionOf(*m_db), m_options.demo());
    m_session->showWindow(m_options.minimized() && !m_showWhenStarted);
    // On a fresh profile the setup wizard comes first; either way the provider is resolved
    // without blocking the window.
    m_session->connectProvider(m_options);
    emit started();
}

void DesktopStart::bringWindowForward()
{
    if (m_session)
        m_session->bringWindowForward();
    else
        m_showWhenStarted = true;
}

} // namespace ringback::app
