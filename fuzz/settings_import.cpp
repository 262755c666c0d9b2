// --import-settings: a settings file (JSON, as --export-settings writes it) read the way
// SettingsFileCommand reads it, into a real store (a SQLite file) and a machine QSettings (an INI
// file), both emptied before each input.
//
// Invariant: importing is stable. What an import leaves, exported and imported into an empty
// store, exports the same again: every value survives the trip through storage (lists with
// commas or brackets, empty entries, long numbers, text with NUL or line breaks), and an export
// names no setting the import does not know.

#include "FuzzSupport.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/KeyValueStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

using namespace ringback;

namespace {

struct Stores
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<KeyValueStore> shared;
    std::unique_ptr<QSettings> machine;
};

Stores& stores()
{
    static Stores* s = [] {
        fuzz::ensureCoreApplication();
        auto* out = new Stores; // lives until the process ends, like the QCoreApplication
        auto db =
            Database::open(DatabaseLocation::sqliteFile(out->dir.filePath(QStringLiteral("fuzz.sqlite"))),
                           QStringLiteral("fuzz-settings"));
        if (!db) {
            std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(db.error().message));
            std::abort();
        }
        out->db = std::move(db).value();
        out->shared = std::make_unique<KeyValueStore>(*out->db, KeyValueStore::Table::Settings);
        out->machine = std::make_unique<QSettings>(out->dir.filePath(QStringLiteral("machine.ini")),
                                                   QSettings::IniFormat);
        return out;
    }();
    return *s;
}

void emptyStores()
{
    Stores& s = stores();
    const auto cleared = s.db->exec(QStringLiteral("DELETE FROM settings"));
    FUZZ_CHECK(cleared.ok(), cleared.error().message);
    s.machine->clear();
}

QJsonObject importThenExport(const QJsonObject& json)
{
    emptyStores();
    Settings settings(stores().shared.get(), stores().machine.get());
    const auto outcome = settings.importJson(json);
    (void)outcome; // what was refused or unknown is the command's to say; the stores are checked here
    return settings.exportJson();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument json = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (json.isNull() || !json.isObject())
        return 0; // refused before anything is stored, as SettingsFileCommand does

    const QJsonObject first = importThenExport(json.object());
    const QJsonObject second = importThenExport(first);
    if (first != second) {
        QString diff;
        for (const QString& section : {QStringLiteral("shared"), QStringLiteral("machine")}) {
            const QJsonObject a = first.value(section).toObject();
            const QJsonObject b = second.value(section).toObject();
            for (auto it = a.begin(); it != a.end(); ++it) {
                if (b.value(it.key()) != it.value()) {
                    diff +=
                        QStringLiteral("%1: %2 then %3\n")
                            .arg(it.key(),
                                 QString::fromUtf8(
                                     QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)),
                                 QString::fromUtf8(QJsonDocument(QJsonArray{b.value(it.key())})
                                                       .toJson(QJsonDocument::Compact)));
                }
            }
        }
        FUZZ_CHECK(first == second, diff);
    }
    return 0;
}
