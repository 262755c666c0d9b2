#pragma once

#include "store/DatabaseLocation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ringback {
class CredentialStore;
class Database;
} // namespace ringback

namespace ringback::ui {

// "Shared with other desks": where the office's PostgreSQL database is (server, port, database,
// user, password, encryption), a Test connection button that answers in one sentence, and "Move
// this desk's data" for a desk that starts sharing. Saving puts the password in the credential
// store under location().credentialKey(), never in settings; whoever opens the dialog stores
// location().toArgument() as the DatabaseLocation setting and reconnects.
class SharedDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    // `deskDatabase`: this desk's own (SQLite) store, for the move; may be null.
    SharedDatabaseDialog(CredentialStore& credentials, Database* deskDatabase, QWidget* parent = nullptr);

    void setLocation(const DatabaseLocation& location);
    DatabaseLocation location() const; // with the password typed

    QString resultText() const;

public slots:
    void testConnection();
    void moveDeskData();

signals:
    void moved(qint64 records);

private:
    void save();
    void showResult(bool ok, const QString& sentence);

    CredentialStore& m_credentials;
    Database* m_desk;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_sslMode;
    QLabel* m_result;
    QPushButton* m_test;
    QPushButton* m_move;
};

} // namespace ringback::ui
