#pragma once

#include <QDialog>

namespace ringback::ui {

// Help > About Ringback: the version, the Qt it runs on, the licences of the libraries that ship
// with it, and where this computer keeps the data, settings and logs (folders open on a click).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    struct Places
    {
        QString dataFolder; // the app's data folder
        QString database;   // a SQLite file path, or "ringback on db.example:5432"
        bool databaseIsFile = true;
        QString settings; // QSettings' file, or its registry key on Windows
    };

    explicit AboutDialog(const Places& places, QWidget* parent = nullptr);

    // The places of this run: the data folder and settings of this user, and the given database.
    static Places placesFor(const QString& database, bool databaseIsFile);
};

} // namespace ringback::ui
