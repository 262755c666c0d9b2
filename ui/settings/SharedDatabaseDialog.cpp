#include "SharedDatabaseDialog.h"

#include "common/OutsideText.h"
#include "settings/CredentialStore.h"
#include "store/Database.h"
#include "store/StoreMigrator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace ringback::ui {

namespace {
// Opens the shared database once on a throwaway connection name (migrating it when `migrate`).
StoreResult<std::unique_ptr<Database>> openOnce(const DatabaseLocation& location, bool migrate)
{
    DatabaseOptions options;
    options.migrate = migrate;
    return Database::open(location,
                          QStringLiteral("shared-dialog-%1").arg(QUuid::createUuid().toString(QUuid::Id128)),
                          options);
}
} // namespace

SharedDatabaseDialog::SharedDatabaseDialog(CredentialStore& credentials, Database* deskDatabase,
                                           QWidget* parent)
    : QDialog(parent)
    , m_credentials(credentials)
    , m_desk(deskDatabase)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_move(new QPushButton(tr("Move this desk's data there"), this))
{
    setWindowTitle(tr("Shared database"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("office-pc or db.example.com"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setText(QStringLiteral("ringback"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->addItem(tr("Encrypt when the server can (prefer)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Always encrypt (require)"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypt and check the server's certificate (verify-full)"),
                       QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Never encrypt (only on the office network)"), QStringLiteral("disable"));
    m_result->setObjectName(QStringLiteral("result"));
    plainLabel(m_result); // the server's own words
    m_result->setWordWrap(true);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_move->setObjectName(QStringLiteral("moveDeskData"));
    m_move->setVisible(m_desk != nullptr);

    auto* intro =
        new QLabel(tr("Every desk that uses the same shared database sees the same inbox. Ask whoever "
                      "set up the office's database for these details."),
                   this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Encryption:"), m_sslMode);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addWidget(m_move);
    actions->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    // A long answer (what is wrong, what to do) grows the dialog instead of being cut off.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(m_test, &QPushButton::clicked, this, &SharedDatabaseDialog::testConnection);
    connect(m_move, &QPushButton::clicked, this, &SharedDatabaseDialog::moveDeskData);
    connect(buttons, &QDialogButtonBox::accepted, this, &SharedDatabaseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

void SharedDatabaseDialog::setLocation(const DatabaseLocation& location)
{
    m_host->setText(location.host);
    m_port->setValue(location.port);
    m_database->setText(location.databaseName);
    m_user->setText(location.user);
    m_password->setText(location.password);
    const int ssl =
        m_sslMode->findData(location.sslMode.isEmpty() ? QStringLiteral("prefer") : location.sslMode);
    m_sslMode->setCurrentIndex(qMax(0, ssl));
}

DatabaseLocation SharedDatabaseDialog::location() const
{
    DatabaseLocation l;
    l.backend = SqlDialect::Kind::Postgres;
    l.host = m_host->text().trimmed();
    l.port = m_port->value();
    l.databaseName = m_database->text().trimmed();
    l.user = m_user->text().trimmed();
    l.password = m_password->text();
    l.sslMode = m_sslMode->currentData().toString();
    return l;
}

QString SharedDatabaseDialog::resultText() const
{
    return m_result->text();
}

void SharedDatabaseDialog::showResult(bool ok, const QString& sentence)
{
    m_result->setText(sentence);
    m_result->setProperty("ok", ok);
}

void SharedDatabaseDialog::testConnection()
{
    const DatabaseLocation l = location();
    if (l.host.isEmpty() || l.databaseName.isEmpty() || l.user.isEmpty())
        return showResult(false, tr("Fill in the server, the database and the user name first."));
    auto opened = openOnce(l, false);
    if (!opened)
        return showResult(false, opened.error().message);
    showResult(true, tr("Connected to %1. Ringback can use this shared database.").arg(l.displayName()));
}

void SharedDatabaseDialog::moveDeskData()
{
    if (!m_desk)
        return;
    auto opened = openOnce(location(), true);
    if (!opened)
        return showResult(false, opened.error().message);
    auto copied = StoreMigrator::copy(*m_desk, *opened.value());
    if (!copied)
        return showResult(false, copied.error().message);
    showResult(true, tr("Moved %n record(s) to the shared database. This desk's own file stays as a backup.",
                        nullptr, int(copied->totalRows())));
    emit moved(copied->totalRows());
}

void SharedDatabaseDialog::save()
{
    const DatabaseLocation l = location();
    m_credentials.write(l.credentialKey(), l.password, [this](Result<void, CredentialError> written) {
        if (!written) {
            showResult(false, written.error().message);
            return;
        }
        accept();
    });
}

} // namespace ringback::ui
