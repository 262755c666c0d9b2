#pragma once

#include <QString>

namespace ringback {
class Database;
}

namespace ringback::app {

// `--export-settings FILE` / `--import-settings FILE`: move an office's setup to a new PC, or
// script a deployment. Secrets are not settings, so they are never in the file.
class SettingsFileCommand
{
public:
    static int exportTo(Database& db, const QString& file);
    static int importFrom(Database& db, const QString& file);
};

} // namespace ringback::app
