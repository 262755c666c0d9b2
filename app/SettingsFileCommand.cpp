#include "SettingsFileCommand.h"

#include "common/CleanText.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>

#include <cstdio>

namespace ringback::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ringback::app::SettingsFileCommand", text);
}

int say(const QString& sentence, int code)
{
    std::fprintf(code == 0 ? stdout : stderr, "%s\n", qPrintable(printableText(sentence)));
    return code;
}
} // namespace

int SettingsFileCommand::exportTo(Database& db, const QString& file)
{
    KeyValueStore kv(db, KeyValueStore::Table::Settings);
    QSettings machine;
    const Settings settings(&kv, &machine);
    // QSaveFile: a full disk or a crash never leaves half a file behind.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(settings.exportJson()).toJson()) < 0 ||
        !out.commit())
        return say(tr("Could not write the settings to %1: %2").arg(file, out.errorString()), 1);
    return say(tr("Settings written to %1.").arg(file), 0);
}

int SettingsFileCommand::importFrom(Database& db, const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return say(tr("Could not read %1: %2").arg(file, in.errorString()), 1);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(in.readAll(), &error);
    if (json.isNull() || !json.isObject())
        return say(tr("%1 is not a Ringback settings file (%2). Nothing was changed.")
                       .arg(file, error.errorString()),
                   1);
    KeyValueStore kv(db, KeyValueStore::Table::Settings);
    QSettings machine;
    Settings settings(&kv, &machine);
    // Checked against the same rules as the Settings page, and written in one transaction: a
    // wrong value or a store that refuses the write changes nothing.
    const Settings::Import imported = settings.importJson(json.object());
    if (!imported.ok())
        return say(tr("%1 was not read, nothing was changed:\n%2")
                       .arg(file, imported.problems.join(QLatin1Char('\n'))),
                   1);
    if (!imported.unknown.isEmpty())
        say(tr("Ignored settings this version does not know: %1")
                .arg(imported.unknown.join(QStringLiteral(", "))),
            0);
    return say(tr("Settings read from %1.").arg(file), 0);
}

} // namespace ringback::app
